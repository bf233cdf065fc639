-- The demo plans' allowances, which the OCS tops up each term (an add-on's once).
UPDATE product SET data_gb = 20, voice_minutes = 1000, sms = 500 WHERE slug = 'mobile-20gb';
UPDATE product SET data_gb = 5 WHERE slug = '5gb-data-boost';

-- A used SIM is retired; a number waits in quarantine before it is offered again; a modem goes back to stock.
UPDATE inventory_template SET return_rule = 'RETIRE' WHERE name = 'SIM Card';
UPDATE inventory_template SET return_rule = 'QUARANTINE' WHERE name = 'Mobile Number';
