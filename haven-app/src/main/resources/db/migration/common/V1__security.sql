-- Users, API tokens and the audit trail. Portable SQL: runs on SQLite and PostgreSQL.
-- Identifiers are UUID strings made by the application, so several instances can share one database.
-- Instants are ISO-8601 UTC strings of fixed width (yyyy-MM-ddTHH:mm:ss.SSSZ) so they sort as text.

CREATE TABLE app_user (
    id              VARCHAR(36)  PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_logins   INTEGER      NOT NULL DEFAULT 0,
    locked_until    VARCHAR(24),
    created_at      VARCHAR(24)  NOT NULL
);

CREATE TABLE api_token (
    id              VARCHAR(36)  PRIMARY KEY,
    user_id         VARCHAR(36)  NOT NULL REFERENCES app_user (id),
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    label           VARCHAR(200),
    created_at      VARCHAR(24)  NOT NULL,
    revoked_at      VARCHAR(24)
);

CREATE TABLE audit_event (
    id              VARCHAR(36)  PRIMARY KEY,
    at              VARCHAR(24)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    entity_type     VARCHAR(40)  NOT NULL,
    entity_id       VARCHAR(36),
    detail          TEXT
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_at ON audit_event (at);
