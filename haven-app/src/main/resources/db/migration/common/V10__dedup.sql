-- De-duplication: identities above the registration records (which it never edits), machine
-- links and human decisions kept apart, the review queue, models and relink jobs.

-- The current identity of every matched person record (exactly one row per record).
CREATE TABLE identity_member (
    person_id       VARCHAR(36)  PRIMARY KEY,
    identity_id     VARCHAR(36)  NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    assigned_at     VARCHAR(24)  NOT NULL
);
CREATE INDEX identity_member_identity ON identity_member (identity_id);
CREATE INDEX identity_member_assigned ON identity_member (assigned_at);

-- Every change of membership: who or what moved which record from where to where, and why.
CREATE TABLE identity_event (
    id                    VARCHAR(36)  PRIMARY KEY,
    operation_id          VARCHAR(36)  NOT NULL,
    person_id             VARCHAR(36)  NOT NULL,
    identity_id           VARCHAR(36)  NOT NULL,
    previous_identity_id  VARCHAR(36),
    source                VARCHAR(20)  NOT NULL,
    at                    VARCHAR(24)  NOT NULL,
    actor                 VARCHAR(100) NOT NULL,
    probability           DOUBLE PRECISION,
    model_version         INTEGER,
    reason                VARCHAR(500)
);
CREATE INDEX identity_event_person ON identity_event (person_id);
CREATE INDEX identity_event_operation ON identity_event (operation_id);

-- Reversible human operations (merge, split, attach, review decisions) and their undo.
CREATE TABLE identity_operation (
    id              VARCHAR(36)  PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    at              VARCHAR(24)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    detail          VARCHAR(1000),
    undone_at       VARCHAR(24),
    undone_by       VARCHAR(100),
    undo_operation_id VARCHAR(36)
);

-- What the machine concluded: a record linked to an earlier one above the match threshold.
CREATE TABLE machine_link (
    id              VARCHAR(36)  PRIMARY KEY,
    person_id       VARCHAR(36)  NOT NULL,
    other_person_id VARCHAR(36)  NOT NULL,
    probability     DOUBLE PRECISION NOT NULL,
    match_weight    DOUBLE PRECISION NOT NULL,
    explanation     TEXT         NOT NULL,
    model_version   INTEGER      NOT NULL,
    created_at      VARCHAR(24)  NOT NULL
);
CREATE INDEX machine_link_person ON machine_link (person_id);

-- What people decided about a pair (left < right); the newest unretracted one counts.
CREATE TABLE match_decision (
    id              VARCHAR(36)  PRIMARY KEY,
    left_person_id  VARCHAR(36)  NOT NULL,
    right_person_id VARCHAR(36)  NOT NULL,
    decision        VARCHAR(10)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    at              VARCHAR(24)  NOT NULL,
    review_id       VARCHAR(36),
    operation_id    VARCHAR(36),
    note            VARCHAR(500),
    retracted_at    VARCHAR(24),
    retracted_by    VARCHAR(100)
);
CREATE INDEX match_decision_left ON match_decision (left_person_id);
CREATE INDEX match_decision_right ON match_decision (right_person_id);

-- Possible matches waiting for (or settled by) a reviewer.
CREATE TABLE review_item (
    id              VARCHAR(36)  PRIMARY KEY,
    left_person_id  VARCHAR(36)  NOT NULL,
    right_person_id VARCHAR(36)  NOT NULL,
    probability     DOUBLE PRECISION NOT NULL,
    explanation     TEXT         NOT NULL,
    model_version   INTEGER      NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    created_at      VARCHAR(24)  NOT NULL,
    decision_id     VARCHAR(36)
);
CREATE UNIQUE INDEX review_item_open_pair ON review_item (left_person_id, right_person_id) WHERE status = 'PENDING';
CREATE INDEX review_item_status ON review_item (status, probability);

-- Durable "to be matched" markers, written in the registration's own transaction.
CREATE TABLE match_pending (
    person_id       VARCHAR(36)  PRIMARY KEY,
    queued_at       VARCHAR(24)  NOT NULL,
    rematch         BOOLEAN      NOT NULL
);

-- Linkage models; exactly one is active.
CREATE TABLE linkage_model (
    version         INTEGER      PRIMARY KEY,
    model_json      TEXT         NOT NULL,
    threshold       DOUBLE PRECISION NOT NULL,
    possible_threshold DOUBLE PRECISION NOT NULL,
    created_at      VARCHAR(24)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    note            VARCHAR(500),
    active          BOOLEAN      NOT NULL
);

-- Background relink runs, with progress for the admin page and a lease so one runs at a time.
CREATE TABLE relink_job (
    id              VARCHAR(36)  PRIMARY KEY,
    status          VARCHAR(10)  NOT NULL,
    phase           VARCHAR(40),
    done            BIGINT       NOT NULL,
    total           BIGINT       NOT NULL,
    started_at      VARCHAR(24)  NOT NULL,
    heartbeat_at    VARCHAR(24)  NOT NULL,
    finished_at     VARCHAR(24),
    actor           VARCHAR(100) NOT NULL,
    report          TEXT
);
CREATE INDEX relink_job_status ON relink_job (status);
