-- The demo staff, each with the password of their name (agent/agent …), stored as bcrypt hashes (cost 10) made
-- with the server's own Elytron. For demos and tests only: a database made with PLANDESK_DEMO_DATA=false has none.
INSERT INTO staff_user (username, password_hash, enabled, must_change_password, failed_sign_ins, created_at) VALUES
    ('agent',      '$2a$10$2MSoOXfIe2EFSXm0rCz2LOA0GIGghpCKRvvAy83nAjhTb.MYTXPsm', TRUE, FALSE, 0, CURRENT_TIMESTAMP),
    ('supervisor', '$2a$10$6J8W8eTwVOIP0BZN0aAvEO4jaZo.XyvMz149NUDsGatVBKsCd3JtC', TRUE, FALSE, 0, CURRENT_TIMESTAMP),
    ('analyst',    '$2a$10$E/Xt2eFIinnFqnWuygN7MuRlzMh6ecwk9WmT4QTMraDkmNT.hbdme', TRUE, FALSE, 0, CURRENT_TIMESTAMP),
    ('admin',      '$2a$10$WcDlAxZQvpfB6cWEVzfY6..zPdhrMjnxC3.vMB/TSNOmTT5YotjSy', TRUE, FALSE, 0, CURRENT_TIMESTAMP);
INSERT INTO staff_role (username, role) VALUES
    ('agent', 'agent'),
    ('supervisor', 'agent'), ('supervisor', 'supervisor'),
    ('analyst', 'analyst'),
    ('admin', 'agent'), ('admin', 'supervisor'), ('admin', 'admin');
