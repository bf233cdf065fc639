-- Staff accounts: the server's security realm (Elytron's JDBC realm, server.cli) reads them to sign staff in.
-- The password is a bcrypt hash in modular crypt form ($2a$…), never the password. A disabled user, or one locked
-- until a time still to come, is not found by the realm: refused like an unknown user.
CREATE TABLE staff_user (
    username             VARCHAR(64)  PRIMARY KEY,
    password_hash        VARCHAR(100) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_sign_ins      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL
);

CREATE TABLE staff_role (
    username VARCHAR(64) NOT NULL REFERENCES staff_user (username),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role)
);

-- Every sign-in, refused or not, with where it came from: what admins read, and what counts towards a lock.
CREATE TABLE sign_in (
    id             BIGINT       PRIMARY KEY,
    username       VARCHAR(200) NOT NULL,
    remote_address VARCHAR(64)  NOT NULL,
    channel        VARCHAR(10)  NOT NULL,
    succeeded      BOOLEAN      NOT NULL,
    at             TIMESTAMP    NOT NULL
);
CREATE INDEX sign_in_at ON sign_in (at);
CREATE INDEX sign_in_username ON sign_in (username, at);
CREATE SEQUENCE sign_in_id_seq START WITH 1049 INCREMENT BY 50;

-- Every change an admin makes to a staff account: who, when, to whom, what, before → after.
CREATE TABLE staff_change (
    id       BIGINT        PRIMARY KEY,
    at       TIMESTAMP     NOT NULL,
    actor    VARCHAR(64)   NOT NULL,
    username VARCHAR(64)   NOT NULL,
    kind     VARCHAR(40)   NOT NULL,
    was      VARCHAR(1000),
    became   VARCHAR(1000)
);
CREATE INDEX staff_change_at ON staff_change (at);
CREATE SEQUENCE staff_change_id_seq START WITH 1049 INCREMENT BY 50;
