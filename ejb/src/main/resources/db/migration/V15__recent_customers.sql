-- The customers a member of staff worked on last (the Customers page before anything is typed).
CREATE INDEX activity_actor ON activity (actor, at);
