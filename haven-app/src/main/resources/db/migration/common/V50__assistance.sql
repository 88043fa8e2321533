-- Cash assistance (issue 18): programmes with versioned eligibility, cycles of entitlement lines per
-- identity, exports, reconciliation, recovery and missed-payment cases, payee accounts.
-- Portable SQL: runs on SQLite and PostgreSQL. Amounts are whole units of the programme's currency.

CREATE TABLE assistance_programme (
    id              VARCHAR(36)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    funder          VARCHAR(200),
    currency        VARCHAR(3)   NOT NULL,
    unit            VARCHAR(10)  NOT NULL,
    recurrence      VARCHAR(10)  NOT NULL,
    cycles          INTEGER      NOT NULL,
    starts_on       VARCHAR(10),
    ends_on         VARCHAR(10),
    version         INTEGER      NOT NULL,
    created_at      VARCHAR(24)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL
);

-- Each version of a programme's rules: the amount (JSON) and the eligibility expressions (JSON list),
-- kept so every cycle can say which rules it was computed with.
CREATE TABLE assistance_programme_version (
    programme_id    VARCHAR(36)  NOT NULL REFERENCES assistance_programme (id),
    version         INTEGER      NOT NULL,
    amount          TEXT         NOT NULL,
    eligibility     TEXT         NOT NULL,
    created_at      VARCHAR(24)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (programme_id, version)
);

CREATE TABLE assistance_cycle (
    id              VARCHAR(36)  PRIMARY KEY,
    programme_id    VARCHAR(36)  NOT NULL REFERENCES assistance_programme (id),
    number          INTEGER      NOT NULL,
    rules_version   INTEGER      NOT NULL,
    as_of           VARCHAR(10)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    lines           INTEGER      NOT NULL,
    payable         INTEGER      NOT NULL,
    amount          BIGINT       NOT NULL,
    drafted_by      VARCHAR(100) NOT NULL,
    drafted_at      VARCHAR(24)  NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     VARCHAR(24),
    UNIQUE (programme_id, number)
);

-- One entitlement decision per identity (per household identity for household programmes).
-- lead_person_id is the record whose real person the line pays: after a split, whoever keeps it was paid.
-- result_* are the bank's answer, written by reconciliation; nothing else changes once the cycle is approved.
CREATE TABLE assistance_line (
    id              VARCHAR(36)  PRIMARY KEY,
    cycle_id        VARCHAR(36)  NOT NULL REFERENCES assistance_cycle (id),
    programme_id    VARCHAR(36)  NOT NULL,
    position        INTEGER      NOT NULL,
    identity_id     VARCHAR(36)  NOT NULL,
    lead_person_id  VARCHAR(36)  NOT NULL,
    person_ids      TEXT         NOT NULL,
    payee_person_id VARCHAR(36)  NOT NULL,
    amount          BIGINT       NOT NULL,
    carried_amount  BIGINT       NOT NULL,
    carried_line_ids TEXT,
    eligible        BOOLEAN      NOT NULL,
    reason          TEXT         NOT NULL,
    result_status   VARCHAR(10),
    result_reference VARCHAR(100),
    result_reason   VARCHAR(500),
    reconciled_at   VARCHAR(24)
);
CREATE INDEX assistance_line_cycle ON assistance_line (cycle_id, position);
CREATE INDEX assistance_line_programme_identity ON assistance_line (programme_id, identity_id);
CREATE INDEX assistance_line_lead ON assistance_line (lead_person_id);

CREATE TABLE assistance_export (
    id              VARCHAR(36)  PRIMARY KEY,
    cycle_id        VARCHAR(36)  NOT NULL REFERENCES assistance_cycle (id),
    format          VARCHAR(10)  NOT NULL,
    lines           INTEGER      NOT NULL,
    amount          BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    exported_by     VARCHAR(100) NOT NULL,
    exported_at     VARCHAR(24)  NOT NULL
);
CREATE INDEX assistance_export_cycle ON assistance_export (cycle_id);

CREATE TABLE assistance_reconciliation (
    id              VARCHAR(36)  PRIMARY KEY,
    cycle_id        VARCHAR(36)  NOT NULL REFERENCES assistance_cycle (id),
    sha256          VARCHAR(64)  NOT NULL,
    lines           INTEGER      NOT NULL,
    imported_by     VARCHAR(100) NOT NULL,
    imported_at     VARCHAR(24)  NOT NULL
);

-- Recovery (one real person paid twice, seen after a merge) and missed-payment (a split left an
-- identity unpaid) cases. decision_ref names the identity decision that caused it; the unique key
-- makes a decision delivered twice open its case once.
CREATE TABLE assistance_case (
    id              VARCHAR(36)  PRIMARY KEY,
    kind            VARCHAR(10)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    programme_id    VARCHAR(36)  NOT NULL,
    cycle_id        VARCHAR(36),
    identity_id     VARCHAR(36)  NOT NULL,
    other_identity_id VARCHAR(36),
    line_ids        TEXT         NOT NULL,
    amount          BIGINT       NOT NULL,
    decision_ref    VARCHAR(100) NOT NULL,
    owner           VARCHAR(100),
    opened_at       VARCHAR(24)  NOT NULL,
    updated_at      VARCHAR(24)  NOT NULL,
    UNIQUE (kind, decision_ref, programme_id, identity_id)
);
CREATE INDEX assistance_case_kind ON assistance_case (kind, status);

CREATE TABLE assistance_case_note (
    id              VARCHAR(36)  PRIMARY KEY,
    case_id         VARCHAR(36)  NOT NULL REFERENCES assistance_case (id),
    at              VARCHAR(24)  NOT NULL,
    author          VARCHAR(100) NOT NULL,
    text            TEXT         NOT NULL
);
CREATE INDEX assistance_case_note_case ON assistance_case_note (case_id);

-- Payee accounts: personal data, read only through PayeeAccounts (role check and audit).
CREATE TABLE assistance_account (
    id              VARCHAR(36)  PRIMARY KEY,
    person_id       VARCHAR(36)  NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    number          VARCHAR(40)  NOT NULL,
    holder          VARCHAR(200),
    created_at      VARCHAR(24)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    ended_at        VARCHAR(24)
);
CREATE INDEX assistance_account_person ON assistance_account (person_id);

-- Named lists a person is on, as eligibility rules read them (person.lists): exclusion lists and
-- declared facts such as "owns a flat in Armenia".
CREATE TABLE assistance_list_entry (
    list_name       VARCHAR(60)  NOT NULL,
    person_id       VARCHAR(36)  NOT NULL,
    added_at        VARCHAR(24)  NOT NULL,
    added_by        VARCHAR(100) NOT NULL,
    PRIMARY KEY (list_name, person_id)
);
CREATE INDEX assistance_list_entry_person ON assistance_list_entry (person_id);

-- Views meant for assistance: what it reads of registration, de-duplication and shelter, so those
-- features' tables can change shape as long as these keep their columns. A record not yet matched
-- is its own identity.
CREATE VIEW assistance_person AS
SELECT p.id AS person_id, p.household_id, COALESCE(im.identity_id, p.id) AS identity_id,
       p.given_name, p.family_name, p.sex, p.birth_date, p.relationship, p.created_at AS registered_at,
       h.origin_region, h.origin_settlement, h.consent_assistance
FROM person p
JOIN household h ON h.id = p.household_id
LEFT JOIN identity_member im ON im.person_id = p.id;

CREATE VIEW assistance_person_need AS
SELECT person_id, code FROM person_need;

-- Current bed bookings; government-run sites are hotels, dormitories and collective centres.
CREATE VIEW assistance_placement AS
SELECT pl.household_id, s.name AS site_name, s.type AS site_type, s.region AS site_region,
       SUBSTR(COALESCE(pl.checked_in_at, pl.confirmed_at), 1, 10) AS since
FROM placement pl
JOIN site s ON s.id = pl.site_id
WHERE pl.status IN ('CONFIRMED', 'CHECKED_IN');
