-- report_person again, its age_years now named for the Java rule it mirrors and, like that rule,
-- never below 0 (V40 gave -1 for a birth known only to the year of registration, registered before
-- 1 July; both put that person in band 0-4). Portable SQL: runs on SQLite and PostgreSQL.
--
-- age_years is am.haven.match.normalize.PartialDate#ageOn (haven-match) on the UTC day of
-- registration (created_at): whole years; a birth date known only to the year counts as 1 July,
-- one known to the month as the 15th; birthdays compare as month * 100 + day, so one born on
-- 29 February turns a year older on 1 March in a common year; never below 0.
-- am.haven.reports.ReportAgeRuleContract proves the two agree, on both databases.
-- age_band is am.haven.reports.AgeBand#ofAge.
DROP VIEW report_person_need;
DROP VIEW report_person;

CREATE VIEW report_person AS
SELECT a.person_id, a.household_id, a.registered_at, a.registration_point, a.origin_region,
       a.origin_settlement, a.sex, a.age_years,
       CASE WHEN a.age_years IS NULL THEN 'unknown'
            WHEN a.age_years < 5 THEN '0-4'
            WHEN a.age_years < 12 THEN '5-11'
            WHEN a.age_years < 18 THEN '12-17'
            WHEN a.age_years < 60 THEN '18-59'
            ELSE '60+' END AS age_band
FROM (
    SELECT r.person_id, r.household_id, r.registered_at, r.registration_point, r.origin_region,
           r.origin_settlement, r.sex,
           CASE WHEN r.years_passed < 0 THEN 0 ELSE r.years_passed END AS age_years
    FROM (
        SELECT p.id AS person_id, p.household_id, p.created_at AS registered_at,
               h.registration_point, h.origin_region, h.origin_settlement, p.sex,
               CASE WHEN p.birth_date IS NULL THEN NULL ELSE
                   CAST(SUBSTR(p.created_at, 1, 4) AS INTEGER) - CAST(SUBSTR(p.birth_date, 1, 4) AS INTEGER)
                   - CASE WHEN CAST(SUBSTR(p.created_at, 6, 2) AS INTEGER) * 100 + CAST(SUBSTR(p.created_at, 9, 2) AS INTEGER)
                               < CASE LENGTH(p.birth_date)
                                     WHEN 4 THEN 701
                                     WHEN 7 THEN CAST(SUBSTR(p.birth_date, 6, 2) AS INTEGER) * 100 + 15
                                     ELSE CAST(SUBSTR(p.birth_date, 6, 2) AS INTEGER) * 100 + CAST(SUBSTR(p.birth_date, 9, 2) AS INTEGER)
                                 END
                          THEN 1 ELSE 0 END
               END AS years_passed
        FROM person p
        JOIN household h ON h.id = p.household_id
    ) r
) a;

-- As in V40: one row per recorded specific need of a person.
CREATE VIEW report_person_need AS
SELECT rp.person_id, rp.household_id, rp.registered_at, rp.registration_point, rp.origin_region,
       rp.sex, rp.age_band, n.code AS need
FROM report_person rp
JOIN person_need n ON n.person_id = rp.person_id;
