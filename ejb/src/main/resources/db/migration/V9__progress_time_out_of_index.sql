-- Recording a task's progress sets last_progress_at two or three times per run. Kept in an index, each of those
-- updates adds an entry to every index of the row; out of every index, PostgreSQL can write them in place (HOT).
-- The time-out check finds the few RUNNING runs through provisioning_status and reads their times from the rows.
DROP INDEX provisioning_progress;
