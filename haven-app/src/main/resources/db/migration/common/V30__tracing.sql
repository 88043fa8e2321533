-- Family tracing: cases (an enquirer looks for a sought person), their candidates, notes in PFIF's
-- vocabulary, family links between households, and the public finder's query log.
-- Registered persons and households are referred to by id only: tracing never writes registrations.

-- A case is either opened at the desk (source 'desk') or imported from another finder as a lead
-- (source 'pfif', keyed by the PFIF person_record_id so a re-import updates instead of duplicating).
CREATE TABLE tracing_case (
    id                      VARCHAR(36)  PRIMARY KEY,
    status                  VARCHAR(20)  NOT NULL,
    source                  VARCHAR(10)  NOT NULL,
    pfif_record_id          VARCHAR(300) UNIQUE,
    enquirer_person_id      VARCHAR(36),
    enquirer_name           VARCHAR(300),
    enquirer_phone          VARCHAR(100),
    enquirer_email          VARCHAR(300),
    enquirer_relation       VARCHAR(100),
    sought_full_name        VARCHAR(500) NOT NULL,
    sought_given_name       VARCHAR(200),
    sought_family_name      VARCHAR(200),
    sought_patronymic       VARCHAR(200),
    sought_alternate_names  TEXT,
    sought_sex              CHAR(1),
    sought_birth_date       VARCHAR(10),
    sought_age              VARCHAR(20),
    sought_origin           VARCHAR(200),
    sought_home_country     VARCHAR(10),
    sought_description      TEXT,
    public_listing          BOOLEAN      NOT NULL,
    located_person_id       VARCHAR(36),
    source_name             VARCHAR(300),
    source_date             VARCHAR(24),
    created_at              VARCHAR(24)  NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    updated_at              VARCHAR(24)  NOT NULL,
    version                 INTEGER      NOT NULL
);
CREATE INDEX tracing_case_status ON tracing_case (status);
CREATE INDEX tracing_case_updated ON tracing_case (updated_at);

-- What happened to a case, in order: opened, status changes, candidates confirmed, notes.
-- Also answers "who worked on it".
CREATE TABLE tracing_case_event (
    id              VARCHAR(36)  PRIMARY KEY,
    case_id         VARCHAR(36)  NOT NULL REFERENCES tracing_case (id),
    at              VARCHAR(24)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    detail          TEXT
);
CREATE INDEX tracing_case_event_case ON tracing_case_event (case_id, at);

-- Registered persons who might be the sought person, found by a search or by matching a new
-- registration against the open case. 'seen' turns true when a caseworker has looked at it.
CREATE TABLE tracing_candidate (
    case_id         VARCHAR(36)  NOT NULL REFERENCES tracing_case (id),
    person_id       VARCHAR(36)  NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    explanation     TEXT,
    found_at        VARCHAR(24)  NOT NULL,
    found_by        VARCHAR(20)  NOT NULL,
    decision        VARCHAR(20)  NOT NULL,
    seen            BOOLEAN      NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX tracing_candidate_unseen ON tracing_candidate (seen, found_at);

-- Notes in PFIF's sense: about a registered person (person_id), a case (case_id), or both.
-- Imported notes keep their PFIF note_record_id; ours get domain/note.<id> on export.
CREATE TABLE tracing_note (
    id                      VARCHAR(36)  PRIMARY KEY,
    pfif_record_id          VARCHAR(300) UNIQUE,
    case_id                 VARCHAR(36)  REFERENCES tracing_case (id),
    person_id               VARCHAR(36),
    status                  VARCHAR(30),
    author_name             VARCHAR(300) NOT NULL,
    author_email            VARCHAR(300),
    author_user             VARCHAR(100),
    author_made_contact     BOOLEAN,
    source                  VARCHAR(300) NOT NULL,
    source_date             VARCHAR(24)  NOT NULL,
    entry_date              VARCHAR(24)  NOT NULL,
    text                    TEXT         NOT NULL,
    last_known_location     VARCHAR(500),
    linked_person_record_id VARCHAR(300)
);
CREATE INDEX tracing_note_case ON tracing_note (case_id);
CREATE INDEX tracing_note_person ON tracing_note (person_id);
CREATE INDEX tracing_note_entry ON tracing_note (entry_date);

-- Two households recognised as one family. Unlinking keeps the row (unlinked_at set), so the
-- history of who linked and unlinked what stays.
CREATE TABLE family_link (
    id              VARCHAR(36)  PRIMARY KEY,
    household_a     VARCHAR(36)  NOT NULL,
    household_b     VARCHAR(36)  NOT NULL,
    case_id         VARCHAR(36)  REFERENCES tracing_case (id),
    reason          TEXT,
    linked_at       VARCHAR(24)  NOT NULL,
    linked_by       VARCHAR(100) NOT NULL,
    unlinked_at     VARCHAR(24),
    unlinked_by     VARCHAR(100)
);
CREATE INDEX family_link_a ON family_link (household_a);
CREATE INDEX family_link_b ON family_link (household_b);

-- Every public finder query: the log the public view promises and the rate limiter's memory,
-- shared by every instance through the database.
CREATE TABLE public_query (
    id              VARCHAR(36)  PRIMARY KEY,
    at              VARCHAR(24)  NOT NULL,
    client          VARCHAR(100) NOT NULL,
    query           VARCHAR(500) NOT NULL,
    results         INTEGER      NOT NULL,
    refused         BOOLEAN      NOT NULL
);
CREATE INDEX public_query_client ON public_query (client, at);
