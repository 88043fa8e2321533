-- Instances that keep registrations in memory (de-duplication's index) find the households corrected
-- since their last look, by any instance, through this index instead of a scan of every household.
CREATE INDEX household_updated_at ON household (updated_at);
