package com.plandesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.junit.jupiter.api.Test;

/**
 * One flush writes every entity's rows after the rows they refer to — the foreign keys of the Flyway schema, read
 * from the database — so a transaction's rows need no flush of their own along the way.
 */
class CommitOrderTest {

    @Test
    void everyRowIsWrittenAfterTheRowsItsForeignKeysReferTo() throws Exception {
        String url = "jdbc:h2:mem:commit-order;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("plandesk", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.target-server", "None"));
        try {
            AbstractSession session = (AbstractSession) JpaHelper.getServerSession(factory);
            Map<String, Class<?>> entityOfTable = new HashMap<>();
            for (ClassDescriptor descriptor : session.getDescriptors().values()) {
                if (!descriptor.isAggregateDescriptor()) {
                    entityOfTable.put(descriptor.getTableName().toLowerCase(Locale.ROOT), descriptor.getJavaClass());
                }
            }
            List<Class<?>> order = new ArrayList<>(session.getCommitManager().getCommitOrder());

            List<String> foreignKeys = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 ResultSet keys = connection.createStatement().executeQuery("""
                         select fk.table_name, pk.table_name
                         from information_schema.referential_constraints r
                         join information_schema.table_constraints fk on fk.constraint_name = r.constraint_name
                         join information_schema.table_constraints pk on pk.constraint_name = r.unique_constraint_name
                         where fk.table_schema = 'PUBLIC'""")) {
                while (keys.next()) {
                    Class<?> referring = entityOfTable.get(keys.getString(1).toLowerCase(Locale.ROOT));
                    Class<?> referred = entityOfTable.get(keys.getString(2).toLowerCase(Locale.ROOT));
                    if (referring == null || referred == null || referring == referred) {
                        continue; // a collection table, written with its owner
                    }
                    foreignKeys.add(referring.getSimpleName() + " → " + referred.getSimpleName());
                    assertThat(order.indexOf(referred))
                            .as("%s (%s) is written before %s (%s), which refers to it", referred.getSimpleName(),
                                    keys.getString(2), referring.getSimpleName(), keys.getString(1))
                            .isLessThan(order.indexOf(referring));
                }
            }
            assertThat(foreignKeys).as("the schema's foreign keys between entities")
                    .contains("Provisioning → Assignment", "BulkRowResult → Provisioning", "InventoryItem → Service");
        } finally {
            factory.close();
        }
    }
}
