-- Every registration and correction of a household, written inside its transaction, so that each
-- application instance can bring its own in-memory search index up to date: registrations made
-- through another instance, and corrections made anywhere. Instances poll by changed_at with an
-- overlap and skip the rows they have already applied. Old rows are deleted: an instance that was
-- away longer than they are kept rebuilds its index from the registrations instead.
CREATE TABLE tracing_index_change (
    id              VARCHAR(36)  PRIMARY KEY,
    household_id    VARCHAR(36)  NOT NULL,
    changed_at      VARCHAR(24)  NOT NULL
);
CREATE INDEX tracing_index_change_at ON tracing_index_change (changed_at);
