package com.plandesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import com.plandesk.customer.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Creates and evolves the application schema with Flyway before anything else uses it, then loads the demo
 * data once (its own history table, so turning it off never blocks a schema migration).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own work
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PlanDeskDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        int applied = schema().dataSource(dataSource).load().migrate().migrationsExecuted;
        LOG.info(() -> "Application schema up to date (" + applied + " migrations applied now)");
        if (Settings.demoData()) {
            int demo = demoData().dataSource(dataSource).load().migrate().migrationsExecuted;
            LOG.info(() -> demo == 0 ? "Demo data already loaded" : "Demo data loaded");
        }
        fillMissingSearchKeys();
    }

    /** Rows written by SQL (the demo data, imports) get the search keys the application computes. */
    private void fillMissingSearchKeys() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id, name, email, phone from customer where name_search is null");
             PreparedStatement update = connection.prepareStatement(
                     "update customer set name_search = ?, email_search = ?, phone_digits = ? where id = ?");
             PreparedStatement addKey = connection.prepareStatement(
                     "insert into customer_name_key (customer_id, name_key) values (?, ?)");
             ResultSet rows = select.executeQuery()) {
            int filled = 0;
            while (rows.next()) {
                update.setString(1, SearchKeys.name(rows.getString(2)));
                update.setString(2, SearchKeys.email(rows.getString(3)));
                update.setString(3, SearchKeys.phone(rows.getString(4)));
                update.setLong(4, rows.getLong(1));
                update.addBatch();
                for (String key : SearchKeys.nameKeys(rows.getString(2))) {
                    addKey.setLong(1, rows.getLong(1));
                    addKey.setString(2, key);
                    addKey.addBatch();
                }
                filled++;
            }
            if (filled > 0) {
                update.executeBatch();
                addKey.executeBatch();
                int count = filled;
                LOG.info(() -> "Search keys computed for " + count + " customers");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the customers' search keys", e);
        }
    }

    /**
     * The application schema: SQL, with what only one database needs under {vendor} (PostgreSQL's byte-order
     * collation for search keys), and the migrations written in Java.
     */
    static FluentConfiguration schema() {
        // Baseline 0: JBeret creates its tables at server boot, so the schema is never empty here.
        return configuration("flyway_schema_history", "classpath:db/migration", "classpath:db/vendor/{vendor}")
                .javaMigrations(new V6__Task_list_on_provisioning());
    }

    static FluentConfiguration demoData() {
        return configuration("flyway_demo_history", "classpath:db/demo");
    }

    private static FluentConfiguration configuration(String historyTable, String... locations) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .table(historyTable)
                .locations(locations)
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
