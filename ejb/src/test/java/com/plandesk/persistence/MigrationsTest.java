package com.plandesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The schema and the demo data apply cleanly on H2 (the PostgreSQL run of the integration tests does the same there). */
class MigrationsTest {

    @Test
    void schemaAndDemoDataApplyToAnEmptyDatabase() throws Exception {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();
        DatabaseMigration.demoData().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select name from customer where id = 123")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("John Smith");
        }
    }

    @Test
    void staffAccountsComeOnlyWithTheDemoDataAndTheirPasswordsAreHashed() throws Exception {
        String url = "jdbc:h2:mem:staff;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from staff_user")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("PLANDESK_DEMO_DATA=false: no demo users").isZero();
        }

        DatabaseMigration.demoData().dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select username, password_hash from staff_user order by username")) {
            int users = 0;
            while (rows.next()) {
                users++;
                String user = rows.getString(1);
                assertThat(rows.getString(2)).as(user).startsWith("$2a$10$").doesNotContain(user);
                assertThat(com.plandesk.staff.PasswordHashes.matches(rows.getString(2), user.toCharArray()))
                        .as(user + "'s demo password checks against the hash").isTrue();
                assertThat(com.plandesk.staff.PasswordHashes.matches(rows.getString(2), "wrong".toCharArray())).isFalse();
            }
            assertThat(users).isEqualTo(4);
        }
    }

    @Test
    void earlierTaskRowsMoveIntoTheirProvisioningInOrder() throws Exception {
        String url = "jdbc:h2:mem:tasks;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").target("5").load().migrate();
        DatabaseMigration.demoData().target("1").dataSource(url, "sa", "").load().migrate(); // the demo data of then
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            serviceAndAssignment900(sql, "INACTIVE");
            for (long id : new long[] {900, 901}) {
                sql.execute("insert into provisioning (id, assignment_id, service_id, process_key, status, started_at)"
                        + " values (" + id + ", 900, 900, 'provisionMobilePlan', 'FAILED', now())");
            }
            // stored out of order, with a detail that needs escaping, and one without a detail
            sql.execute("""
                    insert into provisioning_task (id, provisioning_id, position, activity_id, name, status, detail)
                    values (3, 900, 1, 'configureOcsAccount', 'Configure OCS account', 'FAILED', NULL),
                           (2, 900, 0, 'assignSimCard', 'Assign SIM Card', 'DONE', 'ICCID: 8944 "quoted"'),
                           (4, 901, 0, 'validateCustomerAccount', 'Validate customer account', 'PENDING', NULL)""");
        }

        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select id, tasks from provisioning order by id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("""
                    [{"activityId":"assignSimCard","name":"Assign SIM Card","status":"DONE",\
                    "detail":"ICCID: 8944 \\"quoted\\""},\
                    {"activityId":"configureOcsAccount","name":"Configure OCS account","status":"FAILED",\
                    "detail":null}]""");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("""
                    [{"activityId":"validateCustomerAccount","name":"Validate customer account","status":"PENDING",\
                    "detail":null}]""");
            assertThat(rows.next()).isFalse();
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "PROVISIONING_TASK", null)) {
            assertThat(tables.next()).as("the old task table is gone").isFalse();
        }
    }

    @Test
    void earlierRowKeysMoveOntoTheirRowsAndStillRefuseASecondStart() throws Exception {
        String url = "jdbc:h2:mem:keys;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").target("7").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into bulk_assignment (id, file_name, dry_run, status, total_rows, requested_by, requested_at)
                    values (7, 'segment.csv', false, 'COMPLETED', 2, 'supervisor', now())""");
            sql.execute("""
                    insert into bulk_assignment_row (bulk_assignment_id, line, status, source)
                    values (7, 2, 'STARTED', 'a,mobile-20gb'), (7, 3, 'REJECTED', 'b,nothing')""");
            sql.execute("insert into bulk_assignment_key (row_key, bulk_assignment_id, line) values ('k-2', 7, 2)");
        }

        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select line, row_key from bulk_assignment_row order by line")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).isEqualTo("k-2");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).as("a row that was not started has no key").isNull();
            assertThatThrownBy(() -> sql.execute("""
                    insert into bulk_assignment_row (bulk_assignment_id, line, status, source, row_key)
                    values (7, 4, 'STARTED', 'a,mobile-20gb', 'k-2')""")).as("the same key twice")
                    .isInstanceOf(java.sql.SQLException.class);
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "BULK_ASSIGNMENT_KEY", null)) {
            assertThat(tables.next()).as("the old key table is gone").isFalse();
        }
    }

    @Test
    void aCancelledRunIsCancelledNoLongerFailedAndNoOtherStatusGetsIn() throws Exception {
        String url = "jdbc:h2:mem:cancelled;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").target("10").load().migrate();
        DatabaseMigration.demoData().target("1").dataSource(url, "sa", "").load().migrate(); // the demo data of then
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            serviceAndAssignment900(sql, "TERMINATED");
            sql.execute("""
                    insert into provisioning (id, assignment_id, service_id, process_key, status, error, started_at,
                        tasks) values
                        (900, 900, 900, 'provisionMobilePlan', 'FAILED', 'Cancelled by agent', now(), '[]'),
                        (901, 900, 900, 'provisionMobilePlan', 'FAILED', 'Could not connect to OCS', now(), '[]')""");
        }

        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            ResultSet rows = sql.executeQuery("select status from provisioning order by id");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("CANCELLED");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("FAILED");
            assertThatThrownBy(() -> sql.execute("update provisioning set status = 'PAUSED' where id = 901"))
                    .as("the status is still checked").hasMessageContaining("PROVISIONING_STATUS_CHECK");
        }
    }

    @Test
    void aServicesLifeAfterActiveFitsTheSchemaAndTheOldRunsAreAssignments() throws Exception {
        String url = "jdbc:h2:mem:lifecycle;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").target("11").load().migrate();
        DatabaseMigration.demoData().target("1").dataSource(url, "sa", "").load().migrate(); // the demo data of then
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            serviceAndAssignment900(sql, "ACTIVE");
            sql.execute("""
                    insert into provisioning (id, assignment_id, service_id, process_key, status, started_at, tasks)
                    values (900, 900, 900, 'provisionMobilePlan', 'SUCCEEDED', now(), '[]')""");
        }

        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();
        DatabaseMigration.demoData().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            ResultSet old = sql.executeQuery("select action from provisioning where id = 900");
            assertThat(old.next()).isTrue();
            assertThat(old.getString(1)).as("runs from before were assignments").isEqualTo("ASSIGN");
            sql.execute("""
                    insert into provisioning (id, service_id, process_key, status, started_at, tasks, action,
                        requested_by, reason) values
                        (901, 900, 'terminateService', 'SUCCEEDED', now(), '[]', 'EXPIRE', 'system', 'Term ended')""");
            sql.execute("update customer_service set status = 'EXPIRED' where id = 900");
            sql.execute("update inventory_item set status = 'QUARANTINED' where reference = '+44 7700 900123'");
            sql.execute("""
                    insert into charge (id, customer_id, service_id, provisioning_id, kind, amount, currency,
                        description, charged_at) values (1, 123, 900, 901, 'TERM', 15.00, 'GBP', 'Term', now())""");
            assertThatThrownBy(() -> sql.execute("""
                    insert into charge (id, customer_id, service_id, provisioning_id, kind, amount, currency,
                        description, charged_at) values (2, 123, 900, 901, 'TERM', 15.00, 'GBP', 'Again', now())"""))
                    .as("one charge of a kind per run").hasMessageContaining("Unique");
            assertThatThrownBy(() -> sql.execute("update customer_service set status = 'PAUSED' where id = 900"))
                    .as("the status is still checked").hasMessageContaining("CUSTOMER_SERVICE_STATUS_CHECK");
            ResultSet rules = sql.executeQuery("select return_rule from inventory_template order by id");
            assertThat(rules.next()).isTrue();
            assertThat(rules.getString(1)).as("a used SIM is retired").isEqualTo("RETIRE");
            assertThat(rules.next()).isTrue();
            assertThat(rules.getString(1)).as("a number is quarantined").isEqualTo("QUARANTINE");
            ResultSet allowances = sql.executeQuery("select data_gb from product where slug = 'mobile-20gb'");
            assertThat(allowances.next()).isTrue();
            assertThat(allowances.getBigDecimal(1)).isEqualByComparingTo("20");
        }
    }

    @Test
    void aModemDueBackFitsTheSchemaAndTheDemoModemsAreCollected() throws Exception {
        String url = "jdbc:h2:mem:returns;DB_CLOSE_DELAY=-1";
        DatabaseMigration.schema().dataSource(url, "sa", "").target("13").load().migrate();
        DatabaseMigration.demoData().target("2").dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("update inventory_item set status = 'RETURN_DUE' where id = 1"))
                    .as("not a status before").hasMessageContaining("INVENTORY_ITEM_STATUS_CHECK");
        }

        DatabaseMigration.schema().dataSource(url, "sa", "").load().migrate();
        DatabaseMigration.demoData().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("update inventory_item set status = 'RETURN_DUE' where reference = 'CPE-0001'");
            ResultSet rule = sql.executeQuery("select return_rule from inventory_template where name = 'CPE Modem'");
            assertThat(rule.next()).isTrue();
            assertThat(rule.getString(1)).isEqualTo("COLLECT");
            assertThatThrownBy(() -> sql.execute("update inventory_template set return_rule = 'LOSE' where id = 1"))
                    .as("the rule is still checked").hasMessageContaining("INVENTORY_TEMPLATE_RETURN_RULE_CHECK");
            assertThatThrownBy(() -> sql.execute("update inventory_item set status = 'LOST' where id = 1"))
                    .as("the status is still checked").hasMessageContaining("INVENTORY_ITEM_STATUS_CHECK");
        }
    }

    /** Service 900 of customer 123, and the assignment 900 that opened it: what a provisioning row refers to. */
    private static void serviceAndAssignment900(Statement sql, String serviceStatus) throws Exception {
        sql.execute("""
                insert into customer_service (id, customer_id, product_id, name, service_type, status, auto_renew,
                    created_at) values (900, 123, 1, 'Mobile - +44 7700 900999', 'MOBILE', '%s', true, now())"""
                .formatted(serviceStatus));
        sql.execute("""
                insert into assignment (id, customer_id, product_id, service_id, auto_renew, requested_by,
                    requested_at) values (900, 123, 1, 900, true, 'agent', now())""");
    }
}
