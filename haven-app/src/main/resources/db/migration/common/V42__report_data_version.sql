-- How far the data behind Haven's own counts has moved: row counts of insert-only or growing
-- tables. Any registration, added member or need, correction (each keeps a household_revision)
-- or identity change (each writes an identity_event) changes one of them, so reports can reuse
-- an earlier answer exactly as long as this row is unchanged.
CREATE VIEW report_data_version AS
SELECT (SELECT COUNT(*) FROM person) AS persons,
       (SELECT COUNT(*) FROM household) AS households,
       (SELECT COUNT(*) FROM person_need) AS needs,
       (SELECT COUNT(*) FROM household_revision) AS revisions,
       (SELECT COUNT(*) FROM identity_event) AS identity_events;
