package com.plandesk.persistence;

import com.plandesk.kernel.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
    }

    /**
     * The application schema: SQL, with what only one database needs under {vendor} (PostgreSQL's byte-order
     * collation for search keys), and the migrations written in Java.
     */
    static FluentConfiguration schema() {
        // Baseline 0: JBeret creates its tables at server boot, so the schema is never empty here.
        return configuration("flyway_schema_history", "classpath:db/migration", "classpath:db/vendor/{vendor}")
                .javaMigrations(new V6__Task_list_on_provisioning(), new V11__Cancelled_provisionings(),
                        new V12__Service_lifecycle(), new V14__Item_returns());
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
