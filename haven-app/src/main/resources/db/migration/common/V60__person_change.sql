-- The one change feed (package changes): every registration, added member and correction of a
-- person, written inside the transaction that made it, numbered in commit order. Consumers follow
-- it by sequence number, never by time: matching and tracing's case matching with one cursor
-- shared by all instances, each instance's in-memory projections with a position of their own.
CREATE TABLE person_change (
    seq             BIGINT       PRIMARY KEY,
    person_id       VARCHAR(36)  NOT NULL,
    household_id    VARCHAR(36)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    changed_at      VARCHAR(24)  NOT NULL
);

-- The last sequence number handed out. A writing transaction raises it just before it commits and
-- holds the row until then, so on PostgreSQL numbers become visible in order, without gaps a
-- reader could skip; SQLite has one writer at a time anyway.
CREATE TABLE change_feed_head (
    id              INTEGER      PRIMARY KEY,
    last_seq        BIGINT       NOT NULL
);

-- Shared consumers' positions: the last sequence number whose effects are committed.
CREATE TABLE change_cursor (
    consumer        VARCHAR(40)  PRIMARY KEY,
    position        BIGINT       NOT NULL
);

-- Records still waiting in the old "to be matched" markers enter the feed, in registration order;
-- the matcher starts from the feed's beginning, every other consumer after them.
INSERT INTO person_change (seq, person_id, household_id, kind, changed_at)
SELECT ROW_NUMBER() OVER (ORDER BY m.person_id), m.person_id, p.household_id,
       CASE WHEN m.rematch THEN 'CORRECTED' ELSE 'REGISTERED' END, m.queued_at
FROM match_pending m JOIN person p ON p.id = m.person_id;

INSERT INTO change_feed_head (id, last_seq) SELECT 1, COUNT(*) FROM person_change;
INSERT INTO change_cursor (consumer, position) VALUES ('matching', 0);
INSERT INTO change_cursor (consumer, position) SELECT 'tracing-cases', last_seq FROM change_feed_head;

-- The two feeds this one replaces.
DROP TABLE match_pending;
DROP TABLE tracing_index_change;
