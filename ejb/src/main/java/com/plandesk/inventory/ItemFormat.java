package com.plandesk.inventory;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.LuhnCheck;

/**
 * An inventory template's rule for its items' identifiers (a template setting), checked by Bean Validation when an
 * item is added or imported, so that an item that would fail provisioning never enters stock.
 */
public enum ItemFormat {
    /** Nothing to check. */
    ANY,
    /** A SIM card's ICCID, which the HLR/HSS needs: 19 or 20 digits, the last a Luhn check digit. */
    ICCID,
    /** A mobile number: the reference in E.164 (+, the country code, at most 15 digits; spaces allowed). */
    E164,
    /** A CPE modem's serial number or MAC address, when it has one. */
    CPE;

    /** The check digit is looked at only once the digits are there: one message, the first that applies. */
    @GroupSequence({Iccid.class, Iccid.CheckDigit.class})
    record Iccid(
            @NotBlank(message = "A SIM card needs its ICCID (19 or 20 digits): the HLR/HSS cannot activate it without.")
            @Pattern(regexp = "\\d{19,20}", message = "An ICCID is 19 or 20 digits.")
            @LuhnCheck(groups = CheckDigit.class,
                    message = "The ICCID's last digit does not match the others (Luhn check): look for a typing error.")
            String identifier) {

        interface CheckDigit {
        }
    }

    record MobileNumber(
            @Pattern(regexp = "\\+[1-9]\\d{7,14}", message = "A mobile number is written in E.164: + and the country "
                    + "code, at most 15 digits, e.g. +44 7700 900123.")
            String reference) {
    }

    record CpeIdentifier(
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{3,29}|\\p{XDigit}{2}([:-]\\p{XDigit}{2}){5}",
                    message = "A modem's identifier is its serial number (letters, digits and dashes, 4 to 30) or "
                            + "its MAC address (six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E).")
            String identifier) {
    }

    /** What Bean Validation checks for an item of this format (spaces in numbers ignored); null: nothing. */
    Object checked(String reference, String identifier) {
        return switch (this) {
            case ANY -> null;
            case ICCID -> new Iccid(identifier == null ? null : identifier.replace(" ", ""));
            case E164 -> new MobileNumber(reference.replace(" ", ""));
            case CPE -> identifier == null ? null : new CpeIdentifier(identifier);
        };
    }

    /** An item without an identifier would fail provisioning: never offered. */
    boolean needsIdentifier() {
        return this == ICCID;
    }
}
