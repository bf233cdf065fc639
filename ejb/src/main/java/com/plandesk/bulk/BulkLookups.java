package com.plandesk.bulk;

import com.plandesk.catalog.Catalog;
import com.plandesk.catalog.InventoryRequirement;
import com.plandesk.catalog.Product;
import com.plandesk.customer.ContactRole;
import com.plandesk.customer.Customer;
import com.plandesk.customer.CustomerDirectory;
import com.plandesk.inventory.Inventory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What a bulk row's references point at, from the directory, the catalog and the inventory. Their refusals are
 * handed back and thrown here, outside the EJBs, so that a row refused leaves its chunk's transaction usable.
 */
@ApplicationScoped
public class BulkLookups implements BulkRowRules.Lookups {

    @Inject
    CustomerDirectory customers;

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Override
    public BulkRowRules.Party customer(String reference) {
        Customer customer = customers.lookUp(reference).orThrow();
        return new BulkRowRules.Party(customer.getId(), customer.label());
    }

    @Override
    public BulkRowRules.Offer product(String slug) {
        Product product = catalog.lookUp(slug).orThrow();
        return new BulkRowRules.Offer(product.getId(), product.getName(), product.getInventoryRequirements().stream()
                .filter(InventoryRequirement::isRequired).map(r -> r.getTemplate().getName()).toList());
    }

    @Override
    public List<BulkRowRules.Choice> sites(Long customerId) {
        return customers.find(customerId).getSites().stream()
                .map(site -> new BulkRowRules.Choice(site.getId(), site.getName(), null)).toList();
    }

    @Override
    public List<BulkRowRules.Choice> contacts(Long customerId, ContactRole role) {
        return customers.find(customerId).getContacts().stream().filter(contact -> contact.getRole() == role)
                .map(contact -> new BulkRowRules.Choice(contact.getId(), contact.getName(), contact.getEmail()))
                .toList();
    }

    @Override
    public Long item(String template, String reference) {
        return inventory.lookUp(template, reference).orThrow().getId();
    }
}
