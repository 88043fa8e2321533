-- Erasure of a person on request: asked by one user with a reason, carried out when a second user
-- approves. The row outlives the person: it keeps the record's id (a pseudonym once the record is
-- gone), who asked and approved, and what kinds of data were erased with their counts, never the values.
CREATE TABLE erasure_request (
    id              VARCHAR(36)  PRIMARY KEY,
    person_id       VARCHAR(36)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    VARCHAR(24)  NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     VARCHAR(24),
    erased          TEXT
);
CREATE INDEX erasure_request_person ON erasure_request (person_id);
CREATE INDEX erasure_request_status ON erasure_request (status, requested_at);
