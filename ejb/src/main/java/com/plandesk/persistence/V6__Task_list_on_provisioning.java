package com.plandesk.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 6 (Flyway reads the version from the class name): a provisioning's task list moves from
 * its own table (a row per task: six inserts and six updates per run) into a JSON column of the provisioning,
 * written with the row that records the progress anyway. In Java, so that the JSON is the same on H2 and
 * PostgreSQL; written out here (the task list's format as of this version), as a migration never changes with the
 * code that reads the column today.
 */
public class V6__Task_list_on_provisioning extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE provisioning ADD COLUMN tasks VARCHAR");
        }
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("""
                     SELECT provisioning_id, activity_id, name, status, detail FROM provisioning_task
                     ORDER BY provisioning_id, position""");
             PreparedStatement update = connection.prepareStatement("UPDATE provisioning SET tasks = ? WHERE id = ?")) {
            Long current = null;
            JsonArrayBuilder tasks = Json.createArrayBuilder();
            while (rows.next()) {
                long provisioningId = rows.getLong(1);
                if (current != null && current != provisioningId) {
                    add(update, current, tasks);
                    tasks = Json.createArrayBuilder();
                }
                current = provisioningId;
                String detail = rows.getString(5);
                tasks.add(Json.createObjectBuilder() // no doneAt: their log has the lines
                        .add("activityId", rows.getString(2))
                        .add("name", rows.getString(3))
                        .add("status", rows.getString(4))
                        .add("detail", detail == null ? JsonValue.NULL : Json.createValue(detail)));
            }
            if (current != null) {
                add(update, current, tasks);
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("UPDATE provisioning SET tasks = '[]' WHERE tasks IS NULL");
            ddl.execute("ALTER TABLE provisioning ALTER COLUMN tasks SET NOT NULL");
            ddl.execute("DROP TABLE provisioning_task");
            ddl.execute("DROP SEQUENCE provisioning_task_id_seq");
        }
    }

    private static void add(PreparedStatement update, long provisioningId, JsonArrayBuilder tasks)
            throws SQLException {
        update.setString(1, tasks.build().toString());
        update.setLong(2, provisioningId);
        update.addBatch();
    }
}
