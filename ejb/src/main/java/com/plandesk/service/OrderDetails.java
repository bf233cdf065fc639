package com.plandesk.service;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a business order says beyond the product: the site, the billing and technical contacts, the PO number, the
 * installation date asked for and the custom fields ("name: value" lines). Asked for with the assignment, recorded
 * on the service by the business order's process.
 */
@Embeddable
public class OrderDetails {

    @RefersTo("site")
    private Long siteId;
    @RefersTo("contact")
    private Long billingContactId;
    @RefersTo("contact")
    private Long technicalContactId;
    private String poNumber;
    private LocalDate installationDate;
    private String customFields;

    protected OrderDetails() {
    }

    public OrderDetails(Long siteId, Long billingContactId, Long technicalContactId, String poNumber,
                        LocalDate installationDate, String customFields) {
        this.siteId = siteId;
        this.billingContactId = billingContactId;
        this.technicalContactId = technicalContactId;
        this.poNumber = poNumber;
        this.installationDate = installationDate;
        this.customFields = customFields;
    }

    public static OrderDetails none() {
        return new OrderDetails();
    }

    /** The same order with another installation date. */
    OrderDetails withInstallationDate(LocalDate date) {
        return new OrderDetails(siteId, billingContactId, technicalContactId, poNumber, date, customFields);
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getBillingContactId() {
        return billingContactId;
    }

    public Long getTechnicalContactId() {
        return technicalContactId;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public LocalDate getInstallationDate() {
        return installationDate;
    }

    public String getCustomFields() {
        return customFields;
    }

    /** The custom fields by name, in the order given ("name=value" lines as stored). */
    public Map<String, String> customFieldMap() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (customFields != null) {
            customFields.lines().filter(line -> line.contains("=")).forEach(line ->
                    fields.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        }
        return fields;
    }
}
