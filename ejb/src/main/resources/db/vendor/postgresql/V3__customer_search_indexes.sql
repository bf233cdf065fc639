-- Type-ahead over a million customers: trigram indexes serve both prefixes and substrings, and they do so
-- with bound parameters too (a pattern-ops b-tree needs the pattern at planning time).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customer_name_trigram ON customer USING gin (name_search gin_trgm_ops);
CREATE INDEX customer_email_trigram ON customer USING gin (email_search gin_trgm_ops);
CREATE INDEX customer_phone_trigram ON customer USING gin (phone_digits gin_trgm_ops);
