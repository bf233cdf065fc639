-- Bulk assignment: one CSV upload run as a Jakarta Batch job, its file, a result per row, and the keys
-- that stop the same row from being assigned twice.

CREATE TABLE bulk_assignment (
    id               BIGINT        PRIMARY KEY,
    file_name        VARCHAR(255)  NOT NULL,
    dry_run          BOOLEAN       NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'STOPPED')),
    defaults         VARCHAR(2000),
    total_rows       INTEGER       NOT NULL,
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     TIMESTAMP     NOT NULL,
    ended_at         TIMESTAMP,
    job_execution_id BIGINT,
    error            VARCHAR(2000),
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE bulk_assignment_id_seq START WITH 1049 INCREMENT BY 50;

-- The uploaded file (checked UTF-8 text): the job reads it from here, also after a restart.
CREATE TABLE bulk_assignment_file (
    bulk_assignment_id BIGINT PRIMARY KEY REFERENCES bulk_assignment (id),
    content            TEXT   NOT NULL
);

CREATE TABLE bulk_assignment_row (
    bulk_assignment_id BIGINT        NOT NULL REFERENCES bulk_assignment (id),
    line               INTEGER       NOT NULL,
    status             VARCHAR(10)   NOT NULL CHECK (status IN ('VALID', 'STARTED', 'REJECTED', 'DUPLICATE')),
    customer           VARCHAR(200),
    product            VARCHAR(200),
    message            VARCHAR(2000),
    provisioning_id    BIGINT        REFERENCES provisioning (id),
    service_id         BIGINT,
    source             VARCHAR(4000) NOT NULL,
    PRIMARY KEY (bulk_assignment_id, line)
);
CREATE INDEX bulk_assignment_row_status ON bulk_assignment_row (bulk_assignment_id, status, line);

-- A started row's key (its cells, and how many identical rows came before it in the file): the same row
-- in a second upload of the file finds its key here and is not assigned again.
CREATE TABLE bulk_assignment_key (
    row_key            VARCHAR(64) PRIMARY KEY,
    bulk_assignment_id BIGINT      NOT NULL REFERENCES bulk_assignment (id),
    line               INTEGER     NOT NULL
);

-- Which bulk run asked for an assignment / a provisioning (none: staff at the counter or the API).
ALTER TABLE assignment ADD COLUMN bulk_assignment_id BIGINT REFERENCES bulk_assignment (id);
ALTER TABLE provisioning ADD COLUMN bulk_assignment_id BIGINT REFERENCES bulk_assignment (id);
CREATE INDEX provisioning_bulk ON provisioning (bulk_assignment_id, status);
