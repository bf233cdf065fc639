package com.plandesk.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A new customer, or new details of one, as staff type them (screen) or a caller sends them (API). */
public record CustomerDetails(
        @NotNull(message = "Choose the customer type: INDIVIDUAL or BUSINESS.") CustomerType type,
        @NotBlank(message = "Give the customer's name.") @Size(max = 200, message = "The name has at most 200 characters.") String name,
        @Email(message = "The e-mail address is not valid.") @Size(max = 200) String email,
        @Pattern(regexp = "[+]?[0-9 ()./-]{6,30}", message = "The phone number is not valid: use digits, spaces and an optional +.") String phone,
        Boolean paymentMethodValid,
        @Valid List<SiteDetails> sites,
        @Valid List<ContactDetails> contacts,
        Map<String, String> customFields) {

    public record SiteDetails(@NotBlank(message = "Give the site's name.") @Size(max = 200) String name,
                              @Size(max = 400) String address) {
    }

    public record ContactDetails(@NotBlank(message = "Give the contact's name.") @Size(max = 200) String name,
                                 @Email(message = "The contact's e-mail address is not valid.") String email,
                                 String phone,
                                 @NotNull(message = "Say whether the contact is BILLING or TECHNICAL.") ContactRole role) {
    }

    /** The custom fields staff may set on a customer. */
    public static final List<String> CUSTOM_FIELDS = List.of("accountNumber", "costCentre", "poNumber");
}
