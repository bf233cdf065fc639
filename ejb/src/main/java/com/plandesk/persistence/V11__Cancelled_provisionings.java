package com.plandesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 11: a provisioning staff cancelled is CANCELLED, no longer FAILED. The status column's check
 * was made without a name, which H2 and PostgreSQL each chose: it is found by its clause in the standard
 * information schema, replaced by one that admits CANCELLED, and the runs cancelled so far are marked so.
 */
public class V11__Cancelled_provisionings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> checks = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("""
                     SELECT tc.constraint_name FROM information_schema.table_constraints tc
                     JOIN information_schema.check_constraints cc
                       ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
                     WHERE tc.constraint_type = 'CHECK' AND lower(tc.table_name) = 'provisioning'
                       AND cc.check_clause LIKE '%RUNNING%'""")) {
            while (rows.next()) {
                checks.add(rows.getString(1));
            }
        }
        try (Statement ddl = connection.createStatement()) {
            for (String check : checks) {
                ddl.execute("ALTER TABLE provisioning DROP CONSTRAINT \"" + check + "\"");
            }
            ddl.execute("""
                    ALTER TABLE provisioning ADD CONSTRAINT provisioning_status_check
                        CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'))""");
            ddl.execute("UPDATE provisioning SET status = 'CANCELLED' WHERE status = 'FAILED' AND error LIKE 'Cancelled by %'");
        }
    }
}
