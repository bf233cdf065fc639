package com.plandesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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
        // Baseline 0: JBeret creates its tables at server boot, so the schema is never empty here.
        int applied = flyway("flyway_schema_history", "classpath:db/migration").migrate().migrationsExecuted;
        LOG.info(() -> "Application schema up to date (" + applied + " migrations applied now)");
        if (Settings.demoData()) {
            int demo = flyway("flyway_demo_history", "classpath:db/demo").migrate().migrationsExecuted;
            LOG.info(() -> demo == 0 ? "Demo data already loaded" : "Demo data loaded");
        }
    }

    private Flyway flyway(String historyTable, String location) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable)
                .locations(location)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
