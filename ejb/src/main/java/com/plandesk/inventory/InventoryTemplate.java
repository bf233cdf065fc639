package com.plandesk.inventory;

import com.plandesk.persistence.ReferenceDataCache;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** A kind of stock: "SIM Card", "Mobile Number", "CPE Modem". */
@Entity
@Cacheable // reference data, changed only through JPA: kept in the shared cache
@Customizer(ReferenceDataCache.class)
@Table(name = "inventory_template")
// BPMN tasks and bulk files name templates: answered from the query results cache, cleared by any change
@NamedQuery(name = InventoryTemplate.BY_NAME, query = "select t from InventoryTemplate t where t.name = :name",
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"))
// the shared cache's own instance, to be read only (its id, for a provisioning task's update): not copied into the
// task's transaction, and nothing flushed first
@NamedQuery(name = InventoryTemplate.SHARED_BY_NAME, query = "select t from InventoryTemplate t where t.name = :name",
        hints = {@QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"),
                 @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE),
                 @QueryHint(name = QueryHints.FLUSH, value = HintValues.FALSE)})
public class InventoryTemplate {

    static final String BY_NAME = "InventoryTemplate.byName";
    static final String SHARED_BY_NAME = "InventoryTemplate.sharedByName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_template_id")
    @SequenceGenerator(name = "inventory_template_id", sequenceName = "inventory_template_id_seq", allocationSize = 50)
    private Long id;

    private String name;

    /** What the item's identifier is called ("ICCID", "Serial"); null when the reference says it all. */
    private String identifierName;

    /** What happens to an item of this template when its service ends. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ReturnRule returnRule = ReturnRule.RESTOCK;

    /** How its items' identifiers are checked when they enter stock. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ItemFormat itemFormat = ItemFormat.ANY;

    protected InventoryTemplate() {
    }

    public InventoryTemplate(String name, String identifierName) {
        this.name = name;
        this.identifierName = identifierName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ReturnRule getReturnRule() {
        return returnRule;
    }

    public ItemFormat getItemFormat() {
        return itemFormat;
    }

    public String getIdentifierName() {
        return identifierName;
    }
}
