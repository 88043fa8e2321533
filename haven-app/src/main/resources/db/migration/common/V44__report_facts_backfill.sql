-- Fills the report facts from the records already there (an existing database upgrading). The
-- same script refills them on demand (ReportCounts.refillFromRecords), so it must only insert
-- into empty fact tables. The day counts are then built from these facts at start-up.
INSERT INTO report_person_fact (person_id, household_id, registered_at, registration_point, origin_region,
                                origin_settlement, sex, age_band, identity_id, first_of_identity)
SELECT rp.person_id, rp.household_id, rp.registered_at, rp.registration_point, COALESCE(rp.origin_region, ''),
       COALESCE(rp.origin_settlement, ''), rp.sex, rp.age_band, COALESCE(i.identity_id, rp.person_id), 0
FROM report_person rp
LEFT JOIN report_person_identity i ON i.person_id = rp.person_id;

UPDATE report_person_fact SET first_of_identity = 1
WHERE NOT EXISTS (SELECT 1 FROM report_person_fact o
                  WHERE o.identity_id = report_person_fact.identity_id
                    AND (o.registered_at < report_person_fact.registered_at
                         OR (o.registered_at = report_person_fact.registered_at AND o.person_id < report_person_fact.person_id)));

INSERT INTO report_need_fact (person_id, need)
SELECT person_id, code FROM person_need;

INSERT INTO report_household_fact (household_id, registered_at, registration_point, origin_region, size)
SELECT household_id, registered_at, registration_point, COALESCE(origin_region, ''), size FROM report_household;
