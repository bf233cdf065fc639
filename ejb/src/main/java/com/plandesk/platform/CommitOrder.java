package com.plandesk.platform;

import com.plandesk.assignment.Assignment;
import com.plandesk.bulk.BulkAssignment;
import com.plandesk.bulk.BulkAssignmentFile;
import com.plandesk.bulk.BulkRowResult;
import com.plandesk.catalog.Product;
import com.plandesk.customer.Activity;
import com.plandesk.customer.Contact;
import com.plandesk.customer.Customer;
import com.plandesk.customer.Site;
import com.plandesk.inventory.InventoryItem;
import com.plandesk.provisioning.Provisioning;
import com.plandesk.provisioning.ProvisioningLogEntry;
import com.plandesk.service.Service;
import com.plandesk.service.ServiceAddon;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * The order in which one flush writes different entities' rows: a row after the rows it refers to. The entities
 * hold each other's ids, not relationships, so EclipseLink cannot see these foreign keys (it would write the
 * tables in alphabetical order); told here, the rows of a transaction can wait for one flush at its end — a bulk
 * chunk's 25 services, 25 assignments, 25 provisionings … go to the database as one batch per table instead of a
 * flush per row. {@code CommitOrderTest} checks the order against the schema's foreign keys.
 */
public final class CommitOrder {

    /** Each entity and the entities whose ids it holds in a column with a foreign key. */
    static final Map<Class<?>, List<Class<?>>> REFERS_TO = Map.ofEntries(
            Map.entry(Activity.class, List.of(Customer.class)),
            Map.entry(Contact.class, List.of(Customer.class)),
            Map.entry(Service.class, List.of(Customer.class, Product.class, Site.class, Contact.class)),
            Map.entry(InventoryItem.class, List.of(Service.class, Customer.class)),
            Map.entry(Assignment.class, List.of(Customer.class, Product.class, Service.class, Site.class,
                    Contact.class, BulkAssignment.class)),
            Map.entry(Provisioning.class, List.of(Assignment.class, Service.class, BulkAssignment.class)),
            Map.entry(ProvisioningLogEntry.class, List.of(Provisioning.class)),
            Map.entry(ServiceAddon.class, List.of(Service.class, Product.class, Provisioning.class)),
            Map.entry(BulkAssignmentFile.class, List.of(BulkAssignment.class)),
            Map.entry(BulkRowResult.class, List.of(BulkAssignment.class, Provisioning.class)));

    private CommitOrder() {
    }

    static void apply(Session session) {
        REFERS_TO.forEach((entity, referred) -> {
            ClassDescriptor descriptor = session.getDescriptor(entity);
            referred.forEach(descriptor::addConstraintDependency);
        });
    }
}
