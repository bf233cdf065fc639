package com.plandesk.inventory;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * One SIM, number or modem. Status changes that hand an item out are conditional updates in
 * {@link Inventory}, so the database itself refuses to give one item to two services.
 */
@Entity
@Table(name = "inventory_item")
@NamedQuery(name = InventoryItem.OF_SERVICE, query = """
        select i.id, t.name, t.identifierName, i.reference, i.identifier, i.status, i.serviceId, i.customerId
        from InventoryItem i join i.template t where i.serviceId = :service order by i.id""",
        // no flush first (see Inventory.itemsOfService); as a hint, so the query is prepared once, not per call
        hints = @QueryHint(name = QueryHints.FLUSH, value = HintValues.FALSE))
public class InventoryItem {

    /** A service's items as plain rows (id, template, its identifier's name, reference, identifier, status, …). */
    static final String OF_SERVICE = "InventoryItem.ofService";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_item_id")
    @SequenceGenerator(name = "inventory_item_id", sequenceName = "inventory_item_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private InventoryTemplate template;

    /** The same column as a plain id, read-only: for updates that name the template by id alone. */
    @Column(name = "template_id", insertable = false, updatable = false)
    private Long templateId;

    private String reference;
    private String identifier;

    @Enumerated(EnumType.STRING)
    private ItemStatus status;

    @RefersTo("customer_service")
    private Long serviceId;
    @RefersTo("customer")
    private Long customerId;
    private LocalDateTime reservedUntil;
    private String reservationToken;

    @Enumerated(EnumType.STRING)
    private ItemStatus availableStatus;
    private LocalDateTime quarantinedUntil;

    @Version
    private long version;

    protected InventoryItem() {
    }

    public InventoryItem(InventoryTemplate template, String reference, String identifier, ItemStatus status) {
        this.template = template;
        this.reference = reference;
        this.identifier = identifier;
        this.status = status;
    }

    /** "ICCID: 89440000000000000001" for a SIM, "+44 7700 900123" for a number. */
    public String describe() {
        return describe(template.getIdentifierName(), reference, identifier);
    }

    static String describe(String identifierName, String reference, String identifier) {
        return identifierName == null || identifier == null ? reference : identifierName + ": " + identifier;
    }

    public Long getId() {
        return id;
    }

    public InventoryTemplate getTemplate() {
        return template;
    }

    public String getReference() {
        return reference;
    }

    public String getIdentifier() {
        return identifier;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getReservationToken() {
        return reservationToken;
    }

    public LocalDateTime getReservedUntil() {
        return reservedUntil;
    }

    /** Whether an assignment may take this item: free, or reserved under the assignment's reservation. */
    public boolean isOfferable(String reservationToken) {
        if (ItemStatus.AVAILABLE.contains(status)) {
            return true;
        }
        return status == ItemStatus.RESERVED && serviceId == null && this.reservationToken != null
                && (this.reservationToken.equals(reservationToken) || reservedUntil.isBefore(LocalDateTime.now()));
    }
}
