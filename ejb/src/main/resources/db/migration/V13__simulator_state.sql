-- What the bundled simulators (the CGRateS OCS, the HLR/HSS and RADIUS) hold, so that a restart keeps it, as the
-- real systems do: one row per account, actions profile, action plan, SIM, RADIUS account or network service,
-- its state as the simulator's own JSON. Plan Desk's tables never refer to it.
CREATE TABLE simulator_entry (
    kind      VARCHAR(20)   NOT NULL,
    entry_key VARCHAR(200)  NOT NULL,
    state     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (kind, entry_key)
);
