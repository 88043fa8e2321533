-- Report counts kept up to date in the transaction of every write that changes them (issue 7), so
-- the summary and dashboard read a few thousand pre-added rows instead of every person record.
-- Portable SQL: runs on SQLite and PostgreSQL. A missing origin region or settlement is stored as
-- '' (not NULL) so it can be part of a key and of ON CONFLICT upserts.

-- Facts: each person record and household with the values it is counted under now, so a
-- correction or an identity change takes back exactly what the record contributed before.
-- first_of_identity is 1 on the earliest record (registered_at, then person_id) of its identity;
-- a record de-duplication has not matched yet is its own identity.
CREATE TABLE report_person_fact (
    person_id           VARCHAR(36)  PRIMARY KEY,
    household_id        VARCHAR(36)  NOT NULL,
    registered_at       VARCHAR(24)  NOT NULL,
    registration_point  VARCHAR(200) NOT NULL,
    origin_region       VARCHAR(200) NOT NULL,
    origin_settlement   VARCHAR(200) NOT NULL,
    sex                 VARCHAR(1)   NOT NULL,
    age_band            VARCHAR(10)  NOT NULL,
    identity_id         VARCHAR(36)  NOT NULL,
    first_of_identity   INTEGER      NOT NULL
);
-- Both indexes cover what a filtered distinct-person count reads, so it never visits the table:
-- repeat records (not the first of their identity, a few percent) in the filter, and for each the
-- first record of its identity.
CREATE INDEX report_person_fact_identity ON report_person_fact
    (identity_id, first_of_identity, registered_at, registration_point, origin_region, person_id);
CREATE INDEX report_person_fact_repeat ON report_person_fact
    (registered_at, registration_point, origin_region, identity_id) WHERE first_of_identity = 0;

CREATE TABLE report_need_fact (
    person_id           VARCHAR(36)  NOT NULL,
    need                VARCHAR(40)  NOT NULL,
    PRIMARY KEY (person_id, need)
);

CREATE TABLE report_household_fact (
    household_id        VARCHAR(36)  PRIMARY KEY,
    registered_at       VARCHAR(24)  NOT NULL,
    registration_point  VARCHAR(200) NOT NULL,
    origin_region       VARCHAR(200) NOT NULL,
    size                INTEGER      NOT NULL
);

-- Counts by local day (haven.reports.zone) of registration. The days depend on the zone, so these
-- tables are (re)built from the facts at start-up whenever report_count_state names another zone
-- (or none, as after this migration); from then on every write keeps them up to date.
CREATE TABLE report_person_count (
    day                 VARCHAR(10)  NOT NULL,
    registration_point  VARCHAR(200) NOT NULL,
    origin_region       VARCHAR(200) NOT NULL,
    sex                 VARCHAR(1)   NOT NULL,
    age_band            VARCHAR(10)  NOT NULL,
    persons             BIGINT       NOT NULL,
    firsts              BIGINT       NOT NULL,
    -- Key order matches the summary's GROUP BY (day, point, sex, band), so it needs no sort.
    PRIMARY KEY (day, registration_point, sex, age_band, origin_region)
);

CREATE TABLE report_settlement_count (
    day                 VARCHAR(10)  NOT NULL,
    registration_point  VARCHAR(200) NOT NULL,
    origin_region       VARCHAR(200) NOT NULL,
    origin_settlement   VARCHAR(200) NOT NULL,
    persons             BIGINT       NOT NULL,
    PRIMARY KEY (day, registration_point, origin_region, origin_settlement)
);

CREATE TABLE report_need_count (
    day                 VARCHAR(10)  NOT NULL,
    registration_point  VARCHAR(200) NOT NULL,
    origin_region       VARCHAR(200) NOT NULL,
    need                VARCHAR(40)  NOT NULL,
    persons             BIGINT       NOT NULL,
    PRIMARY KEY (day, registration_point, origin_region, need)
);

CREATE TABLE report_household_count (
    day                 VARCHAR(10)  NOT NULL,
    registration_point  VARCHAR(200) NOT NULL,
    origin_region       VARCHAR(200) NOT NULL,
    size                INTEGER      NOT NULL,
    households          BIGINT       NOT NULL,
    PRIMARY KEY (day, registration_point, origin_region, size)
);

-- The local day of each UTC hour, filled for the zone when the counts are rebuilt.
CREATE TABLE report_hour_day (
    hour                VARCHAR(13)  PRIMARY KEY,
    day                 VARCHAR(10)  NOT NULL
);

-- The zone the day counts were built for; NULL until the first start after this migration.
CREATE TABLE report_count_state (
    id                  INTEGER      PRIMARY KEY,
    zone                VARCHAR(60),
    built_at            VARCHAR(24)
);
INSERT INTO report_count_state (id, zone, built_at) VALUES (1, NULL, NULL);

-- Held for the rest of a transaction that changes an identity's records, so two instances on one
-- PostgreSQL agree on which record is its first; rows are deleted in the same transaction.
CREATE TABLE report_identity_lock (
    identity_id         VARCHAR(36)  PRIMARY KEY
);

-- Replaced by the counts above: no COUNT(*) version check any more.
DROP VIEW report_data_version;
