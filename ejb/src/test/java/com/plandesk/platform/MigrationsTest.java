package com.plandesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The schema and the demo data apply cleanly on H2 (the PostgreSQL run of the integration tests does the same there). */
class MigrationsTest {

    @Test
    void schemaAndDemoDataApplyToAnEmptyDatabase() throws Exception {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .load().migrate();
        Flyway.configure().dataSource(url, "sa", "").table("flyway_demo_history").locations("classpath:db/demo")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select name from customer where id = 123")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("John Smith");
        }
    }
}
