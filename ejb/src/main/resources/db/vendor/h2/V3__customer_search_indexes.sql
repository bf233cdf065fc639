-- H2 (demos and tests): plain indexes; PostgreSQL gets pattern-ops and trigram indexes.
CREATE INDEX customer_name_prefix ON customer (name_search);
CREATE INDEX customer_email_prefix ON customer (email_search);
