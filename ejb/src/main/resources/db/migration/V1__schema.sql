-- Plan Desk application schema. Portable between H2 2.x and PostgreSQL 15:
-- ids come from sequences that JPA reads 50 at a time (a read of n hands out n-49..n, so inserts can be
-- batched); 1049 makes them start at 1000, so the demo data keeps the seed's own ids (123, 456, 789).

CREATE TABLE inventory_template (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL UNIQUE,
    identifier_name VARCHAR(40)
);

CREATE TABLE product (
    id              BIGINT PRIMARY KEY,
    slug            VARCHAR(100) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    category        VARCHAR(10)  NOT NULL CHECK (category IN ('PLAN', 'ADDON')),
    service_type    VARCHAR(10)  NOT NULL CHECK (service_type IN ('MOBILE', 'INTERNET', 'IPTV', 'VOIP')),
    enabled         BOOLEAN      NOT NULL,
    setup_fee       NUMERIC(12, 2) NOT NULL CHECK (setup_fee >= 0),
    recurring       BOOLEAN      NOT NULL,
    price           NUMERIC(12, 2) NOT NULL CHECK (price >= 0),
    currency        CHAR(3)      NOT NULL,
    process_key     VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE product_customer_type (
    product_id      BIGINT      NOT NULL REFERENCES product (id),
    customer_type   VARCHAR(10) NOT NULL CHECK (customer_type IN ('INDIVIDUAL', 'BUSINESS')),
    PRIMARY KEY (product_id, customer_type)
);

CREATE TABLE product_inventory_requirement (
    product_id      BIGINT  NOT NULL REFERENCES product (id),
    position        INTEGER NOT NULL,
    template_id     BIGINT  NOT NULL REFERENCES inventory_template (id),
    required        BOOLEAN NOT NULL,
    PRIMARY KEY (product_id, position)
);

CREATE TABLE customer (
    id                   BIGINT PRIMARY KEY,
    type                 VARCHAR(10)  NOT NULL CHECK (type IN ('INDIVIDUAL', 'BUSINESS')),
    name                 VARCHAR(200) NOT NULL,
    email                VARCHAR(200),
    phone                VARCHAR(40),
    status               VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    payment_method_valid BOOLEAN      NOT NULL,
    account_number       VARCHAR(60),
    cost_centre          VARCHAR(60),
    po_number            VARCHAR(60),
    version              BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE site (
    id              BIGINT PRIMARY KEY,
    customer_id     BIGINT       NOT NULL REFERENCES customer (id),
    name            VARCHAR(200) NOT NULL,
    address         VARCHAR(400)
);

CREATE TABLE contact (
    id              BIGINT PRIMARY KEY,
    customer_id     BIGINT       NOT NULL REFERENCES customer (id),
    name            VARCHAR(200) NOT NULL,
    email           VARCHAR(200),
    phone           VARCHAR(40),
    role            VARCHAR(10)  NOT NULL CHECK (role IN ('BILLING', 'TECHNICAL'))
);

CREATE TABLE customer_service (
    id              BIGINT PRIMARY KEY,
    customer_id     BIGINT       NOT NULL REFERENCES customer (id),
    product_id      BIGINT       NOT NULL REFERENCES product (id),
    name            VARCHAR(200) NOT NULL,
    service_type    VARCHAR(10)  NOT NULL,
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('INACTIVE', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
    auto_renew      BOOLEAN      NOT NULL,
    ocs_account     VARCHAR(100),
    created_at      TIMESTAMP    NOT NULL,
    activated_at    TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE inventory_item (
    id              BIGINT PRIMARY KEY,
    template_id     BIGINT       NOT NULL REFERENCES inventory_template (id),
    reference       VARCHAR(100) NOT NULL UNIQUE,
    identifier      VARCHAR(100),
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('NEW', 'IN_STOCK', 'RESERVED', 'ASSIGNED', 'RETIRED')),
    service_id      BIGINT       REFERENCES customer_service (id),
    customer_id     BIGINT       REFERENCES customer (id),
    reserved_until  TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX inventory_item_available ON inventory_item (template_id, status);
CREATE INDEX inventory_item_service ON inventory_item (service_id);

CREATE TABLE assignment (
    id                   BIGINT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL REFERENCES customer (id),
    product_id           BIGINT       NOT NULL REFERENCES product (id),
    service_id           BIGINT       NOT NULL REFERENCES customer_service (id),
    auto_renew           BOOLEAN      NOT NULL,
    site_id              BIGINT       REFERENCES site (id),
    billing_contact_id   BIGINT       REFERENCES contact (id),
    technical_contact_id BIGINT       REFERENCES contact (id),
    po_number            VARCHAR(60),
    requested_by         VARCHAR(100) NOT NULL,
    requested_at         TIMESTAMP    NOT NULL
);

CREATE TABLE provisioning (
    id                  BIGINT PRIMARY KEY,
    assignment_id       BIGINT       NOT NULL REFERENCES assignment (id),
    service_id          BIGINT       NOT NULL REFERENCES customer_service (id),
    process_key         VARCHAR(100) NOT NULL,
    process_instance_id VARCHAR(64),
    status              VARCHAR(10)  NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    error               VARCHAR(2000),
    started_at          TIMESTAMP    NOT NULL,
    ended_at            TIMESTAMP,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX provisioning_status ON provisioning (status);

CREATE TABLE provisioning_task (
    id              BIGINT PRIMARY KEY,
    provisioning_id BIGINT       NOT NULL REFERENCES provisioning (id),
    position        INTEGER      NOT NULL,
    activity_id     VARCHAR(100) NOT NULL,
    name            VARCHAR(200) NOT NULL,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    detail          VARCHAR(400),
    UNIQUE (provisioning_id, activity_id)
);
CREATE INDEX provisioning_task_run ON provisioning_task (provisioning_id, position);

CREATE SEQUENCE inventory_template_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE product_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE customer_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE site_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE contact_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE customer_service_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE inventory_item_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE assignment_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE provisioning_id_seq START WITH 1049 INCREMENT BY 50;
CREATE SEQUENCE provisioning_task_id_seq START WITH 1049 INCREMENT BY 50;
