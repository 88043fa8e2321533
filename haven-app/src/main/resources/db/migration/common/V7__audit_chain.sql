-- A tamper-evident audit. Each event carries a MAC made with a key the database does not need to
-- hold (HAVEN_AUDIT_KEY), so a row inserted or edited through SQL is not Haven's. A sealer puts every
-- event in one hash chain (audit_seal, in sealing order), so a deleted or edited event breaks it.
-- `haven audit verify` recomputes both. Events written before this migration have no MAC; they are
-- sealed first, and an unsigned event after the first signed one is not Haven's.
ALTER TABLE audit_event ADD COLUMN mac VARCHAR(64);

CREATE TABLE audit_seal (
    seq             BIGINT       PRIMARY KEY,
    event_id        VARCHAR(36)  NOT NULL UNIQUE,
    hash            VARCHAR(64)  NOT NULL
);

-- Events written but not yet in the chain, written with the event: the sealer reads and clears it, so
-- it never scans the whole audit. The events already there are the first to be sealed.
CREATE TABLE audit_unsealed (
    event_id        VARCHAR(36)  PRIMARY KEY
);
INSERT INTO audit_unsealed (event_id) SELECT id FROM audit_event;

CREATE TABLE audit_chain_head (
    id              INTEGER      PRIMARY KEY,
    last_seq        BIGINT       NOT NULL,
    last_hash       VARCHAR(64)  NOT NULL,
    started_at      VARCHAR(24)  NOT NULL
);

-- Only where no HAVEN_AUDIT_KEY is configured on PostgreSQL: the key then lives with the data, and
-- the MAC proves less (docs/security.md).
CREATE TABLE audit_key (
    id              INTEGER      PRIMARY KEY,
    secret          VARCHAR(100) NOT NULL
);
