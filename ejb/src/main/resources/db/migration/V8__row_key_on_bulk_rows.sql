-- A started row's idempotency key moves onto the row's result (written in the same transaction anyway): one
-- insert per bulk row instead of two; unique as it was, so a second start of the same row is still refused.
ALTER TABLE bulk_assignment_row ADD COLUMN row_key VARCHAR(64);
UPDATE bulk_assignment_row SET row_key = (SELECT k.row_key FROM bulk_assignment_key k
    WHERE k.bulk_assignment_id = bulk_assignment_row.bulk_assignment_id AND k.line = bulk_assignment_row.line);
CREATE UNIQUE INDEX bulk_assignment_row_key ON bulk_assignment_row (row_key);
DROP TABLE bulk_assignment_key;
