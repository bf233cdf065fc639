-- A recurring product's term (an ISO-8601 duration; empty means a month), and an active service's current term.
ALTER TABLE product ADD COLUMN term VARCHAR(40);
ALTER TABLE customer_service ADD COLUMN current_term_start TIMESTAMP;
ALTER TABLE customer_service ADD COLUMN current_term_end TIMESTAMP;
-- Services already active are in their first month.
UPDATE customer_service SET current_term_start = activated_at,
                            current_term_end = activated_at + INTERVAL '1' MONTH
 WHERE status = 'ACTIVE'
   AND product_id IN (SELECT id FROM product WHERE recurring);
