package com.plandesk.catalog;

import com.plandesk.inventory.InventoryTemplate;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An item of an inventory template that a product needs (required) or may take (optional). */
@Embeddable
public class InventoryRequirement {

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private InventoryTemplate template;

    private boolean required;

    protected InventoryRequirement() {
    }

    public InventoryRequirement(InventoryTemplate template, boolean required) {
        this.template = template;
        this.required = required;
    }

    public InventoryTemplate getTemplate() {
        return template;
    }

    public boolean isRequired() {
        return required;
    }
}
