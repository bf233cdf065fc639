-- How a template's items' identifiers are checked when they enter stock (an ICCID's Luhn digit, a number in
-- E.164, a modem's serial or MAC); and one item per identifier of a template: no SIM entered twice.
ALTER TABLE inventory_template ADD COLUMN item_format VARCHAR(10) DEFAULT 'ANY' NOT NULL
    CONSTRAINT inventory_template_item_format_check CHECK (item_format IN ('ANY', 'ICCID', 'E164', 'CPE'));
CREATE UNIQUE INDEX inventory_item_identifier ON inventory_item (template_id, identifier);
