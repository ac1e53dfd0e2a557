-- Browsers signed in to the finance page. The session id itself lives only in the browser's cookie; the table holds
-- its SHA-256, and the SHA-256 of the API token the session was opened with, so revoking the token ends it too.
CREATE TABLE IF NOT EXISTS qbr_browser_sessions (
    id_hash    varchar(64)  PRIMARY KEY,
    actor      varchar(100) NOT NULL,
    token_hash varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL
);
CREATE INDEX IF NOT EXISTS qbr_browser_sessions_by_expiry ON qbr_browser_sessions (expires_at);
