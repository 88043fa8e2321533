-- Which application instance wrote the change. An instance indexes its own changes right after
-- their commit, so it reads back only the others': re-reading its own minute of overlap every
-- poll cost more than the registrations themselves at a few hundred households a second.
-- Rows written before this column (NULL) are read by every instance, as before.
ALTER TABLE tracing_index_change ADD COLUMN instance_id VARCHAR(36);
