-- Search keys are compared byte by byte (COLLATE "C"), so that the range "ros" <= key < "rot" holds
-- exactly the keys that start with "ros" and an ordered b-tree scan can serve it; the indexes on these
-- columns are rebuilt with the new collation.
ALTER TABLE customer_name_key ALTER COLUMN name_key TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE customer ALTER COLUMN email_search TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE customer ALTER COLUMN phone_digits TYPE VARCHAR(40) COLLATE "C";
