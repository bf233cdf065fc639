-- A provisioning's row is updated as its tasks finish, a service's as the OCS account is opened and as it becomes
-- active, all within seconds of the insert. Room left in each page lets PostgreSQL write those updates beside the
-- row without touching its indexes (HOT, when no indexed column changes); applies to pages written from now on.
ALTER TABLE provisioning SET (fillfactor = 50);
ALTER TABLE customer_service SET (fillfactor = 70);
