-- Views meant for reports (issue 7). Reports read registrations only through these views, so the
-- registration tables can change shape as long as the views keep their columns.
-- Portable SQL: runs on SQLite and PostgreSQL.

-- One row per person record, with what aggregates need and nothing that names anyone.
-- registered_at is when the person record was created (a member added later counts on that day).
-- age_years is the age on the UTC day of registration; a birth date known only to the year counts
-- as 1 July, one known to the month as the 15th (the middle of the range), as PartialDate does.
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
           END AS age_years
    FROM person p
    JOIN household h ON h.id = p.household_id
) a;

-- One row per recorded specific need of a person (a person with two needs has two rows).
CREATE VIEW report_person_need AS
SELECT rp.person_id, rp.household_id, rp.registered_at, rp.registration_point, rp.origin_region,
       rp.sex, rp.age_band, n.code AS need
FROM report_person rp
JOIN person_need n ON n.person_id = rp.person_id;

-- One row per household with its current number of members.
CREATE VIEW report_household AS
SELECT h.id AS household_id, h.registered_at, h.registration_point, h.origin_region, h.origin_settlement,
       (SELECT COUNT(*) FROM person p WHERE p.household_id = h.id) AS size
FROM household h;

-- Figures from outside sources (ministries, UN, press), never mixed with Haven's own counts.
CREATE TABLE reported_figure (
    id              VARCHAR(36)  PRIMARY KEY,
    figure_date     VARCHAR(10)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    value           BIGINT       NOT NULL,
    area            VARCHAR(200),
    source          VARCHAR(300) NOT NULL,
    source_url      VARCHAR(1000),
    verification    VARCHAR(20)  NOT NULL,
    note            TEXT,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     VARCHAR(24)  NOT NULL
);
CREATE INDEX reported_figure_date ON reported_figure (figure_date);
