-- The version of the process a provisioning runs: its log's "Started" line is read from the row, as its "Done"
-- and "Succeeded" lines are read from the task list. Runs started before have that line written, and no version.
ALTER TABLE provisioning ADD COLUMN process_version INTEGER;
