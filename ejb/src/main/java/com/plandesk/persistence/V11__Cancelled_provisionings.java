package com.plandesk.persistence;

import java.sql.Connection;
import java.sql.Statement;
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
        StatusCheck.replace(connection, "provisioning", "RUNNING", """
                CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'))""");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("UPDATE provisioning SET status = 'CANCELLED' WHERE status = 'FAILED' AND error LIKE 'Cancelled by %'");
        }
    }
}
