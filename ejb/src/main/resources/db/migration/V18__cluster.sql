-- Several servers ("nodes") on one database. Every time below is the database's clock, so that a node whose
-- own clock is off neither takes over live work nor keeps dead work.

-- Each node as it last said it was alive: what the others and the health check read.
CREATE TABLE cluster_node (
    name            VARCHAR(100) PRIMARY KEY,
    started_at      TIMESTAMP    NOT NULL,
    seen_at         TIMESTAMP    NOT NULL,
    processes       VARCHAR(64)  NOT NULL, -- a fingerprint of the BPMN files the node deployed
    clock_offset_ms BIGINT       NOT NULL  -- the node's clock minus the database's
);

-- A bulk run's job runs on one node, which renews the run's lease while it lives; another node takes over a
-- run only once its lease has run out.
ALTER TABLE bulk_assignment ADD COLUMN owner_node VARCHAR(100);
ALTER TABLE bulk_assignment ADD COLUMN lease_until TIMESTAMP;

-- The cluster-wide timers: a node takes a turn by moving last_run_at on; a node that finds the turn taken
-- (or waits on the row while another takes it) does nothing.
CREATE TABLE cluster_timer (
    name        VARCHAR(50)  PRIMARY KEY,
    last_run_at TIMESTAMP,
    last_run_by VARCHAR(100)
);
INSERT INTO cluster_timer (name) VALUES ('reservation-expiry'), ('provisioning-timeouts');
