-- Failed sign-ins counted per source address and user name, not per account: five wrong passwords
-- locked an account for whoever sent them, so a stranger who knew the user names could keep every
-- desk locked. A held-back pair delays only that source for that user; the row with user name ''
-- counts a source's failures across all accounts (guessing many accounts a few times each).
CREATE TABLE login_failure (
    source          VARCHAR(64)  NOT NULL,
    username        VARCHAR(100) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_at         VARCHAR(24)  NOT NULL,
    blocked_until   VARCHAR(24),
    PRIMARY KEY (source, username)
);

ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
