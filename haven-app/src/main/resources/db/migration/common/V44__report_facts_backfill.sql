-- Fills the report facts from the records already there (an existing database upgrading). The
-- same script refills them on demand (ReportCounts.refillFromRecords), so it must only insert
-- into empty fact tables. The day counts are then built from these facts at start-up.
-- The first record of each identity is marked while inserting (no UPDATE afterwards, which would
-- leave PostgreSQL a partial index full of dead entries until the next vacuum).
INSERT INTO report_person_fact (person_id, household_id, registered_at, registration_point, origin_region,
                                origin_settlement, sex, age_band, identity_id, first_of_identity)
SELECT person_id, household_id, registered_at, registration_point, origin_region, origin_settlement, sex, age_band,
       identity_id,
       CASE WHEN ROW_NUMBER() OVER (PARTITION BY identity_id ORDER BY registered_at, person_id) = 1 THEN 1 ELSE 0 END
FROM (SELECT rp.person_id, rp.household_id, rp.registered_at, rp.registration_point,
             COALESCE(rp.origin_region, '') AS origin_region, COALESCE(rp.origin_settlement, '') AS origin_settlement,
             rp.sex, rp.age_band, COALESCE(i.identity_id, rp.person_id) AS identity_id
      FROM report_person rp
      LEFT JOIN report_person_identity i ON i.person_id = rp.person_id) x;

INSERT INTO report_need_fact (person_id, need)
SELECT person_id, code FROM person_need;

INSERT INTO report_household_fact (household_id, registered_at, registration_point, origin_region, size)
SELECT household_id, registered_at, registration_point, COALESCE(origin_region, ''), size FROM report_household;
