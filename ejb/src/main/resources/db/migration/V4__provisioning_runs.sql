-- Provisioning runs: their log, progress time (for the timeout), and what the processes record on services.

ALTER TABLE provisioning ADD COLUMN last_progress_at TIMESTAMP;
UPDATE provisioning SET last_progress_at = COALESCE(ended_at, started_at);
CREATE INDEX provisioning_progress ON provisioning (status, last_progress_at);

CREATE TABLE provisioning_log (
    id              BIGINT        PRIMARY KEY,
    provisioning_id BIGINT        NOT NULL REFERENCES provisioning (id),
    at              TIMESTAMP     NOT NULL,
    level           VARCHAR(5)    NOT NULL CHECK (level IN ('INFO', 'WARN', 'ERROR')),
    task            VARCHAR(200),
    message         VARCHAR(2000) NOT NULL
);
CREATE INDEX provisioning_log_run ON provisioning_log (provisioning_id, id);
CREATE SEQUENCE provisioning_log_id_seq START WITH 1049 INCREMENT BY 50;

-- What an assignment asks beyond the product: installation date, custom fields (name=value lines).
ALTER TABLE assignment ADD COLUMN installation_date DATE;
ALTER TABLE assignment ADD COLUMN custom_fields VARCHAR(1000);

ALTER TABLE customer_service ADD COLUMN welcome_sent_at TIMESTAMP;
ALTER TABLE customer_service ADD COLUMN installation_date DATE;
ALTER TABLE customer_service ADD COLUMN installation_ticket VARCHAR(40);
ALTER TABLE customer_service ADD COLUMN site_id BIGINT REFERENCES site (id);
ALTER TABLE customer_service ADD COLUMN billing_contact_id BIGINT REFERENCES contact (id);
ALTER TABLE customer_service ADD COLUMN technical_contact_id BIGINT REFERENCES contact (id);
ALTER TABLE customer_service ADD COLUMN po_number VARCHAR(60);
ALTER TABLE customer_service ADD COLUMN custom_fields VARCHAR(1000);
ALTER TABLE customer_service ADD COLUMN terminated_at TIMESTAMP;
CREATE INDEX customer_service_customer ON customer_service (customer_id, service_type);

-- Add-ons a service received, each from one provisioning.
CREATE TABLE service_addon (
    id              BIGINT    PRIMARY KEY,
    service_id      BIGINT    NOT NULL REFERENCES customer_service (id),
    product_id      BIGINT    NOT NULL REFERENCES product (id),
    provisioning_id BIGINT    NOT NULL REFERENCES provisioning (id) UNIQUE,
    added_at        TIMESTAMP NOT NULL
);
CREATE INDEX service_addon_service ON service_addon (service_id);
CREATE SEQUENCE service_addon_id_seq START WITH 1049 INCREMENT BY 50;

-- A provisioning's product (the add-on's, for add-ons; the service's product otherwise).
ALTER TABLE provisioning ADD COLUMN product_id BIGINT REFERENCES product (id);
