package com.plandesk.persistence;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 12: a service's life after Active. Lifecycle runs (renewal, expiry, suspension, resumption,
 * termination) are provisionings without an assignment, with who asked and why; a service may be EXPIRED; a
 * returned mobile number waits in QUARANTINED; the charges the OCS was asked for are kept; a product carries its
 * allowances. The status checks were made without names: each is found by its clause and replaced.
 */
public class V12__Service_lifecycle extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        StatusCheck.replace(connection, "customer_service", "INACTIVE", """
                CHECK (status IN ('INACTIVE', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED'))""");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE inventory_item ALTER COLUMN status SET DATA TYPE VARCHAR(12)");
        }
        StatusCheck.replace(connection, "inventory_item", "IN_STOCK", """
                CHECK (status IN ('NEW', 'IN_STOCK', 'RESERVED', 'ASSIGNED', 'RETIRED', 'QUARANTINED'))""");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE provisioning ALTER COLUMN assignment_id DROP NOT NULL");
            ddl.execute("ALTER TABLE provisioning ADD COLUMN action VARCHAR(12) DEFAULT 'ASSIGN' NOT NULL");
            ddl.execute("ALTER TABLE provisioning ADD COLUMN requested_by VARCHAR(100)");
            ddl.execute("ALTER TABLE provisioning ADD COLUMN reason VARCHAR(500)");
            ddl.execute("CREATE INDEX provisioning_service ON provisioning (service_id)");
            ddl.execute("ALTER TABLE customer_service ADD COLUMN suspended_for_renewal BOOLEAN DEFAULT FALSE NOT NULL");
            ddl.execute("ALTER TABLE inventory_item ADD COLUMN quarantined_until TIMESTAMP");
            ddl.execute("ALTER TABLE inventory_template ADD COLUMN return_rule VARCHAR(12) DEFAULT 'RESTOCK' NOT NULL"
                    + " CHECK (return_rule IN ('RETIRE', 'QUARANTINE', 'RESTOCK'))");
            ddl.execute("ALTER TABLE product ADD COLUMN data_gb NUMERIC(8, 2)");
            ddl.execute("ALTER TABLE product ADD COLUMN voice_minutes INTEGER");
            ddl.execute("ALTER TABLE product ADD COLUMN sms INTEGER");
            ddl.execute("""
                    CREATE TABLE charge (
                        id              BIGINT         PRIMARY KEY,
                        customer_id     BIGINT         NOT NULL REFERENCES customer (id),
                        service_id      BIGINT         NOT NULL REFERENCES customer_service (id),
                        provisioning_id BIGINT         NOT NULL REFERENCES provisioning (id),
                        kind            VARCHAR(10)    NOT NULL CHECK (kind IN ('SETUP', 'TERM', 'ADDON')),
                        amount          NUMERIC(12, 2) NOT NULL,
                        currency        CHAR(3)        NOT NULL,
                        description     VARCHAR(300)   NOT NULL,
                        charged_at      TIMESTAMP      NOT NULL,
                        UNIQUE (provisioning_id, kind)
                    )""");
            ddl.execute("CREATE INDEX charge_customer ON charge (customer_id, charged_at)");
            ddl.execute("CREATE SEQUENCE charge_id_seq START WITH 1049 INCREMENT BY 50");
        }
    }
}
