-- Generated customers for the search benchmark (:customers of them, a million by default) (ids from 10,000,000, clear of the app's).
-- Names come from syllables, so there are many distinct surnames as in real data; the search keys are
-- filled the way customer.SearchKeys computes them (the generated values are plain ASCII).
\set ON_ERROR_STOP on
DELETE FROM customer_name_key WHERE customer_id >= 10000000;
DELETE FROM customer WHERE id >= 10000000;
WITH syllables AS (
    SELECT ARRAY['an','ber','cal','dor','el','fin','gar','hol','ing','jon','kel','lan','mor','nor','ol',
                 'pet','quin','ros','son','tay','ur','val','wil','xan','yor','zel','bra','cro','dun','ev'] AS s,
           ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
                 'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Charles','Karen',
                 'Amir','Priya','Chen','Fatima','Olga','Mateo','Aisha','Lucas','Sofia','Noah'] AS f
)
INSERT INTO customer (id, type, name, email, phone, status, payment_method_valid, name_search, email_search,
                      phone_digits)
SELECT 10000000 + g,
       CASE WHEN g % 10 = 0 THEN 'BUSINESS' ELSE 'INDIVIDUAL' END,
       first || ' ' || last,
       lower(first || '.' || last || g) || '@example.net',
       '+44 7' || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0'),
       'ACTIVE', true,
       lower(first || ' ' || last),
       lower(first || '.' || last || g) || '@example.net',
       '447' || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0')
FROM syllables, generate_series(1, :customers) AS g,
     LATERAL (SELECT f[1 + (g * 7) % 30] AS first,
                     initcap(s[1 + (g * 13) % 30] || s[1 + (g / 30 * 17) % 30] || s[1 + (g / 900 * 11) % 30]) AS last) n;
INSERT INTO customer_name_key (customer_id, name_key)
SELECT id, name_search FROM customer WHERE id >= 10000000
UNION ALL
SELECT id, substr(name_search, strpos(name_search, ' ') + 1) FROM customer WHERE id >= 10000000;
ANALYZE customer;
ANALYZE customer_name_key;
