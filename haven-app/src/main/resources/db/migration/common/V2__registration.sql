-- Households and their members as registered. De-duplication never edits these rows;
-- corrections bump the version and leave the previous state in household_revision.

CREATE TABLE number_block (
    name            VARCHAR(40)  PRIMARY KEY,
    next_value      BIGINT       NOT NULL
);
INSERT INTO number_block (name, next_value) VALUES ('household', 1);

CREATE TABLE household (
    id                  VARCHAR(36)  PRIMARY KEY,
    number              VARCHAR(20)  NOT NULL UNIQUE,
    registration_point  VARCHAR(200) NOT NULL,
    registered_by       VARCHAR(100) NOT NULL,
    registered_at       VARCHAR(24)  NOT NULL,
    updated_at          VARCHAR(24)  NOT NULL,
    version             INTEGER      NOT NULL,
    origin_settlement   VARCHAR(200),
    origin_region       VARCHAR(200),
    current_address     VARCHAR(500),
    destination         VARCHAR(500),
    consent_assistance  BOOLEAN      NOT NULL,
    consent_tracing     BOOLEAN      NOT NULL,
    consent_sharing     BOOLEAN      NOT NULL,
    notes               TEXT
);
CREATE INDEX household_registered_at ON household (registered_at);

CREATE TABLE household_phone (
    household_id    VARCHAR(36)  NOT NULL REFERENCES household (id),
    position        INTEGER      NOT NULL,
    e164            VARCHAR(20)  NOT NULL,
    PRIMARY KEY (household_id, position)
);
CREATE INDEX household_phone_e164 ON household_phone (e164);

CREATE TABLE person (
    id                      VARCHAR(36)  PRIMARY KEY,
    household_id            VARCHAR(36)  NOT NULL REFERENCES household (id),
    position                INTEGER      NOT NULL,
    given_name              VARCHAR(200) NOT NULL,
    family_name             VARCHAR(200) NOT NULL,
    patronymic              VARCHAR(200),
    given_name_latin        VARCHAR(200) NOT NULL,
    family_name_latin       VARCHAR(200) NOT NULL,
    patronymic_latin        VARCHAR(200),
    given_name_key          VARCHAR(200) NOT NULL,
    family_name_key         VARCHAR(200) NOT NULL,
    sex                     CHAR(1)      NOT NULL,
    birth_date              VARCHAR(10),
    birth_year              INTEGER,
    birth_date_estimated    BOOLEAN      NOT NULL,
    relationship            VARCHAR(20)  NOT NULL,
    phone                   VARCHAR(20),
    languages               VARCHAR(100),
    created_at              VARCHAR(24)  NOT NULL,
    updated_at              VARCHAR(24)  NOT NULL,
    version                 INTEGER      NOT NULL
);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX person_family_key ON person (family_name_key);
CREATE INDEX person_given_key ON person (given_name_key);
CREATE INDEX person_phone ON person (phone);
CREATE INDEX person_created_at ON person (created_at);

CREATE TABLE person_need (
    person_id       VARCHAR(36)  NOT NULL REFERENCES person (id),
    code            VARCHAR(40)  NOT NULL,
    PRIMARY KEY (person_id, code)
);
CREATE INDEX person_need_code ON person_need (code);

CREATE TABLE person_document (
    person_id       VARCHAR(36)  NOT NULL REFERENCES person (id),
    position        INTEGER      NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    number          VARCHAR(100) NOT NULL,
    number_key      VARCHAR(100) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_document_key ON person_document (number_key);

-- The state a household (with its members) had before each correction, as JSON.
CREATE TABLE household_revision (
    household_id    VARCHAR(36)  NOT NULL REFERENCES household (id),
    version         INTEGER      NOT NULL,
    changed_at      VARCHAR(24)  NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    snapshot        TEXT         NOT NULL,
    PRIMARY KEY (household_id, version)
);

-- A retried POST with the same Idempotency-Key returns the first result and writes nothing.
CREATE TABLE idempotency_key (
    principal       VARCHAR(100) NOT NULL,
    idem_key        VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    resource_type   VARCHAR(40)  NOT NULL,
    resource_id     VARCHAR(36)  NOT NULL,
    created_at      VARCHAR(24)  NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
