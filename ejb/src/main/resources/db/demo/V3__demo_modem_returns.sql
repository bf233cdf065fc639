-- The demo's modems are at the customers' premises: after the service ends, each is due back before it is
-- offered again.
UPDATE inventory_template SET return_rule = 'COLLECT' WHERE name = 'CPE Modem';
