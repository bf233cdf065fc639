package com.plandesk.persistence;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 14: an item that must come back from the customer (a CPE modem) waits in RETURN_DUE until
 * staff confirm it was returned; its template's rule is COLLECT.
 */
public class V14__Item_returns extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        StatusCheck.replace(connection, "inventory_item", "IN_STOCK", """
                CHECK (status IN ('NEW', 'IN_STOCK', 'RESERVED', 'ASSIGNED', 'RETIRED', 'QUARANTINED',
                                  'RETURN_DUE'))""");
        StatusCheck.replace(connection, "inventory_template", "RESTOCK", "inventory_template_return_rule_check", """
                CHECK (return_rule IN ('RETIRE', 'QUARANTINE', 'RESTOCK', 'COLLECT'))""");
    }
}
