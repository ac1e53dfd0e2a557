-- Roles: what a token (and the browser sessions opened with it) may do. Every token made before roles could change
-- everything, so each becomes an admin and nothing that works today breaks; new tokens always name their role.
ALTER TABLE qbr_api_tokens ADD COLUMN IF NOT EXISTS role varchar(10) NOT NULL DEFAULT 'admin';
ALTER TABLE qbr_api_tokens ALTER COLUMN role DROP DEFAULT;

-- The one-time setup code a fresh installation offers while no token exists: its SHA-256 only, at most one row.
CREATE TABLE IF NOT EXISTS qbr_setup_code (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    code_hash  varchar(64) NOT NULL,
    expires_at timestamptz NOT NULL
);
