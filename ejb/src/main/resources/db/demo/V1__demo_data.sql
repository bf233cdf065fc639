-- Demo data from the seed's own examples. Loaded once, on first start, when PLANDESK_DEMO_DATA is not 'false'.
INSERT INTO inventory_template (id, name, identifier_name) VALUES (1, 'SIM Card', 'ICCID'), (2, 'Mobile Number', NULL), (3, 'CPE Modem', 'Serial');

INSERT INTO product (id, slug, name, category, service_type, enabled, setup_fee, recurring, price, currency, process_key) VALUES
    (1, 'mobile-20gb', 'Mobile - 20GB Plan', 'PLAN', 'MOBILE', TRUE, 0.00, TRUE, 15.00, 'GBP', 'provisionMobilePlan'),
    (2, 'fibre-100mbps', 'Fibre - 100Mbps', 'PLAN', 'INTERNET', TRUE, 49.00, TRUE, 30.00, 'GBP', 'provisionInternetPlan'),
    (3, 'iptv-essentials', 'IPTV - Essentials', 'PLAN', 'IPTV', TRUE, 0.00, TRUE, 12.00, 'GBP', 'provisionIptvPlan'),
    (4, 'voip-business-line', 'VoIP - Business Line', 'PLAN', 'VOIP', TRUE, 10.00, TRUE, 9.99, 'GBP', 'provisionVoipPlan'),
    (5, '5gb-data-boost', '5GB Data Boost', 'ADDON', 'MOBILE', TRUE, 0.00, FALSE, 5.00, 'GBP', 'provisionAddon');
INSERT INTO product_customer_type (product_id, customer_type) VALUES
    (1, 'INDIVIDUAL'),
    (1, 'BUSINESS'),
    (2, 'INDIVIDUAL'),
    (2, 'BUSINESS'),
    (3, 'INDIVIDUAL'),
    (4, 'BUSINESS'),
    (5, 'INDIVIDUAL'),
    (5, 'BUSINESS');
INSERT INTO product_inventory_requirement (product_id, position, template_id, required) VALUES
    (1, 0, 1, TRUE),
    (1, 1, 2, TRUE),
    (2, 0, 3, TRUE);

INSERT INTO customer (id, type, name, email, phone, status, payment_method_valid, account_number, cost_centre, po_number) VALUES
    (123, 'INDIVIDUAL', 'John Smith', 'john.smith@example.com', '+1234567890', 'ACTIVE', TRUE, NULL, NULL, NULL),
    (456, 'INDIVIDUAL', 'John Doe', 'john.doe@example.com', '+44 7700 900456', 'ACTIVE', TRUE, NULL, NULL, NULL),
    (789, 'BUSINESS', 'Johnson Enterprises', 'accounts@johnson-enterprises.example', '+44 20 7946 0789', 'ACTIVE', TRUE, 'ACC-789', 'CC-100', NULL),
    (321, 'INDIVIDUAL', 'Emma Brown', 'emma.brown@example.com', '+44 7700 900321', 'ACTIVE', FALSE, NULL, NULL, NULL);
INSERT INTO site (id, customer_id, name, address) VALUES (1, 789, 'London Office', '123 Main St');
INSERT INTO contact (id, customer_id, name, email, phone, role) VALUES
    (1, 789, 'Jane Doe', 'jane@acme.com', '+44 20 7946 0100', 'BILLING'),
    (2, 789, 'Bob Smith', 'bob@acme.com', '+44 20 7946 0101', 'TECHNICAL');

INSERT INTO inventory_item (id, template_id, reference, identifier, status) VALUES
    (1, 1, 'SIM-00123', '89440000000000000001', 'NEW'),
    (2, 1, 'SIM-00124', '89440000000000000002', 'NEW'),
    (3, 1, 'SIM-00125', '89440000000000000003', 'NEW'),
    (4, 1, 'SIM-00126', '89440000000000000004', 'NEW'),
    (5, 1, 'SIM-00127', '89440000000000000005', 'NEW'),
    (6, 1, 'SIM-00128', '89440000000000000006', 'NEW'),
    (7, 1, 'SIM-00129', '89440000000000000007', 'NEW'),
    (8, 1, 'SIM-00130', '89440000000000000008', 'NEW'),
    (9, 1, 'SIM-00131', '89440000000000000009', 'NEW'),
    (10, 1, 'SIM-00132', '89440000000000000010', 'NEW'),
    (11, 1, 'SIM-00133', '89440000000000000011', 'NEW'),
    (12, 1, 'SIM-00134', '89440000000000000012', 'NEW'),
    (13, 1, 'SIM-00135', '89440000000000000013', 'NEW'),
    (14, 1, 'SIM-00136', '89440000000000000014', 'NEW'),
    (15, 1, 'SIM-00137', '89440000000000000015', 'NEW'),
    (16, 1, 'SIM-00138', '89440000000000000016', 'NEW'),
    (17, 1, 'SIM-00139', '89440000000000000017', 'NEW'),
    (18, 1, 'SIM-00140', '89440000000000000018', 'NEW'),
    (19, 1, 'SIM-00141', '89440000000000000019', 'NEW'),
    (20, 1, 'SIM-00142', '89440000000000000020', 'NEW'),
    (21, 2, '+44 7700 900123', NULL, 'RESERVED'),
    (22, 2, '+44 7700 900124', NULL, 'IN_STOCK'),
    (23, 2, '+44 7700 900125', NULL, 'IN_STOCK'),
    (24, 2, '+44 7700 900126', NULL, 'IN_STOCK'),
    (25, 2, '+44 7700 900127', NULL, 'IN_STOCK'),
    (26, 2, '+44 7700 900128', NULL, 'IN_STOCK'),
    (27, 2, '+44 7700 900129', NULL, 'IN_STOCK'),
    (28, 2, '+44 7700 900130', NULL, 'IN_STOCK'),
    (29, 2, '+44 7700 900131', NULL, 'IN_STOCK'),
    (30, 2, '+44 7700 900132', NULL, 'IN_STOCK'),
    (31, 2, '+44 7700 900133', NULL, 'IN_STOCK'),
    (32, 2, '+44 7700 900134', NULL, 'IN_STOCK'),
    (33, 2, '+44 7700 900135', NULL, 'IN_STOCK'),
    (34, 2, '+44 7700 900136', NULL, 'IN_STOCK'),
    (35, 2, '+44 7700 900137', NULL, 'IN_STOCK'),
    (36, 2, '+44 7700 900138', NULL, 'IN_STOCK'),
    (37, 2, '+44 7700 900139', NULL, 'IN_STOCK'),
    (38, 2, '+44 7700 900140', NULL, 'IN_STOCK'),
    (39, 2, '+44 7700 900141', NULL, 'IN_STOCK'),
    (40, 2, '+44 7700 900142', NULL, 'IN_STOCK'),
    (41, 3, 'CPE-0001', 'SN-ZX4100', 'IN_STOCK'),
    (42, 3, 'CPE-0002', 'SN-ZX4101', 'IN_STOCK'),
    (43, 3, 'CPE-0003', 'SN-ZX4102', 'IN_STOCK'),
    (44, 3, 'CPE-0004', 'SN-ZX4103', 'IN_STOCK'),
    (45, 3, 'CPE-0005', 'SN-ZX4104', 'IN_STOCK'),
    (46, 3, 'CPE-0006', 'SN-ZX4105', 'IN_STOCK'),
    (47, 3, 'CPE-0007', 'SN-ZX4106', 'IN_STOCK'),
    (48, 3, 'CPE-0008', 'SN-ZX4107', 'IN_STOCK'),
    (49, 3, 'CPE-0009', 'SN-ZX4108', 'IN_STOCK'),
    (50, 3, 'CPE-0010', 'SN-ZX4109', 'IN_STOCK');
