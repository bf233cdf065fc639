-- Customer search keys, inventory reservations, the customer's activity, product provisioning variables.

-- Search keys, computed by the application (customer.SearchKeys, one place for the rule; rows written
-- without them, like the demo data's, get them at start-up): name lower-cased without accents, e-mail
-- lower-cased, phone as digits in international form (07700 900123 -> 447700900123).
ALTER TABLE customer ADD COLUMN name_search VARCHAR(200);
ALTER TABLE customer ADD COLUMN email_search VARCHAR(200);
ALTER TABLE customer ADD COLUMN phone_digits VARCHAR(40);
CREATE INDEX customer_phone_digits ON customer (phone_digits);
CREATE INDEX customer_email_search ON customer (email_search);
-- Type-ahead on names matches the start of any word ("smi" finds John Smith): one key per word start,
-- searched as a range of an ordered index, so even a common prefix costs only the ten rows it returns.
CREATE TABLE customer_name_key (
    customer_id BIGINT       NOT NULL REFERENCES customer (id),
    name_key    VARCHAR(200) NOT NULL,
    PRIMARY KEY (customer_id, name_key)
);
CREATE INDEX customer_name_key_search ON customer_name_key (name_key, customer_id);

CREATE TABLE reservation (
    token       VARCHAR(64)  PRIMARY KEY,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL
);
ALTER TABLE inventory_item ADD COLUMN reservation_token VARCHAR(64);
-- NEW or IN_STOCK: what a released item goes back to.
ALTER TABLE inventory_item ADD COLUMN available_status VARCHAR(10);
CREATE INDEX inventory_item_reservation ON inventory_item (reservation_token);
CREATE INDEX inventory_item_expiry ON inventory_item (status, reserved_until);

CREATE TABLE activity (
    id          BIGINT       PRIMARY KEY,
    customer_id BIGINT       NOT NULL REFERENCES customer (id),
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(100) NOT NULL,
    detail      VARCHAR(1000),
    at          TIMESTAMP    NOT NULL
);
CREATE INDEX activity_customer ON activity (customer_id, at);
CREATE SEQUENCE activity_id_seq START WITH 1049 INCREMENT BY 50;

-- key=value lines handed to the product's process as variables.
ALTER TABLE product ADD COLUMN default_variables VARCHAR(2000);
