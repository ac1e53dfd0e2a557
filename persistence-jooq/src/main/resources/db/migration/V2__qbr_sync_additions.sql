-- What QBR Sync adds to the tables it shares with the dashboard, as extra columns and tables of its own. Nothing of the
-- shared tables is dropped or renamed, so their users' SQL keeps working.

-- Mapping rules: a section, a priority and whole-word and prefix matching; organization_id NULL is a rule for every
-- company (the defaults). Match types are lower case, as the replaced service wrote them.
ALTER TABLE qbwc_account_mappings ALTER COLUMN organization_id DROP NOT NULL;
ALTER TABLE qbwc_account_mappings ALTER COLUMN organization_id DROP DEFAULT;
ALTER TABLE qbwc_account_mappings ADD COLUMN IF NOT EXISTS section varchar(30);
ALTER TABLE qbwc_account_mappings ADD COLUMN IF NOT EXISTS priority integer NOT NULL DEFAULT 100;

-- Sessions: the ticket column holds a hash of the ticket, never the ticket; the state machine's detail beside the
-- status the replaced service reported.
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS session_uuid uuid;
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS user_name varchar(200);
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS state varchar(30);
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS plan text;
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS progress integer;
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS qbxml_version varchar(10);
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS qbxml_country varchar(4);
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS last_activity_at timestamptz;
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS version bigint;
CREATE UNIQUE INDEX IF NOT EXISTS qbwc_sync_sessions_by_uuid ON qbwc_sync_sessions (session_uuid);
CREATE INDEX IF NOT EXISTS qbwc_sync_sessions_by_organization ON qbwc_sync_sessions (organization_id, created_at DESC);

-- History: the outcome, a message for people, the reconciliation and the values a person entered that were kept.
ALTER TABLE qbwc_sync_history ADD COLUMN IF NOT EXISTS session_uuid uuid;
ALTER TABLE qbwc_sync_history ADD COLUMN IF NOT EXISTS outcome varchar(10);
ALTER TABLE qbwc_sync_history ADD COLUMN IF NOT EXISTS message text;
ALTER TABLE qbwc_sync_history ADD COLUMN IF NOT EXISTS reconciliation jsonb;
ALTER TABLE qbwc_sync_history ADD COLUMN IF NOT EXISTS kept_values jsonb;
CREATE INDEX IF NOT EXISTS qbwc_sync_history_by_organization
    ON qbwc_sync_history (organization_id, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS qbwc_sync_history_reports
    ON qbwc_sync_history (organization_id, sync_type, outcome, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS qbwc_sync_history_by_time ON qbwc_sync_history (created_at DESC, id DESC);

-- Audit: denied and failed are told apart.
ALTER TABLE qbr_audit_log ADD COLUMN IF NOT EXISTS outcome varchar(10);
CREATE INDEX IF NOT EXISTS qbr_audit_log_newest_first ON qbr_audit_log (timestamp DESC, id DESC);

CREATE INDEX IF NOT EXISTS qbr_metrics_monthly_by_organization ON qbr_metrics_monthly (organization_id, period);

-- Which stored report holds the newest figures of each month, kept up as reports are stored, so recalculation reads
-- as many rows as there are months, however long the history.
CREATE TABLE IF NOT EXISTS qbwc_report_months (
    organization_id integer      NOT NULL,
    period          varchar(7)   NOT NULL,
    history_id      integer      NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (organization_id, period)
);

-- What has been fetched, per company and month.
CREATE TABLE IF NOT EXISTS qbwc_month_sync (
    organization_id  integer      NOT NULL,
    period           varchar(7)   NOT NULL,
    last_synced_at   timestamptz,
    resync_requested boolean      NOT NULL,
    PRIMARY KEY (organization_id, period)
);

CREATE TABLE IF NOT EXISTS qbwc_employee_sync (
    organization_id     integer      PRIMARY KEY,
    employees_synced_at timestamptz  NOT NULL
);

CREATE TABLE IF NOT EXISTS qbr_api_tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(100) NOT NULL,
    secret_hash varchar(64)  NOT NULL UNIQUE,
    created_at  timestamptz  NOT NULL,
    revoked_at  timestamptz
);

-- Failed Web Connector logins per throttle key (a hash of user name and address), shared by every instance.
CREATE TABLE IF NOT EXISTS qbwc_login_failures (
    throttle_key    varchar(64)  PRIMARY KEY,
    failures        integer      NOT NULL,
    last_failure_at timestamptz  NOT NULL
);
CREATE INDEX IF NOT EXISTS qbwc_login_failures_by_age ON qbwc_login_failures (last_failure_at);

/* [jooq ignore start] */
-- Rules adopted from the replaced service: its SQL LIKE patterns become our match types with the same meaning
-- ('%Managed Services%' contains 'Managed Services', 'Help%' prefix 'Help', a pattern without % the exact name, any
-- other LIKE pattern an anchored regular expression). Rules a person changed or added after the service's own seeding
-- keep the priority of a person's rule (100); the service's untouched defaults get 10, below QBR Sync's defaults, which
-- supersede them (they mapped Non-Recurring Revenue to MRR).
UPDATE qbwc_account_mappings SET priority = CASE
        WHEN updated_at > created_at + interval '1 second'
             OR created_at > (SELECT min(created_at) FROM qbwc_account_mappings) + interval '1 minute' THEN 100
        ELSE 10 END
    WHERE section IS NULL AND match_type IN ('contains', 'exact', 'regex', 'CONTAINS', 'EXACT', 'REGEX');
UPDATE qbwc_account_mappings SET match_type = lower(match_type);
UPDATE qbwc_account_mappings SET match_type = 'exact'
    WHERE match_type = 'contains' AND qb_account_pattern !~ '[%_]';
UPDATE qbwc_account_mappings
    SET qb_account_pattern = left(qb_account_pattern, length(qb_account_pattern) - 1), match_type = 'prefix'
    WHERE match_type = 'contains' AND qb_account_pattern ~ '^[^%_]+%$';
UPDATE qbwc_account_mappings
    SET qb_account_pattern = substr(qb_account_pattern, 2, length(qb_account_pattern) - 2)
    WHERE match_type = 'contains' AND qb_account_pattern ~ '^%[^%_]+%$';
UPDATE qbwc_account_mappings
    SET qb_account_pattern = '^' || replace(replace(regexp_replace(qb_account_pattern, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g'),
            '%', '.*'), '_', '.') || '$',
        match_type = 'regex'
    WHERE match_type = 'contains' AND qb_account_pattern ~ '[%_]';
ALTER TABLE qbwc_account_mappings ADD CONSTRAINT qbwc_account_mappings_match_type
    CHECK (match_type IN ('exact', 'prefix', 'words', 'contains', 'regex'));

-- The audit log is append-only.
UPDATE qbr_audit_log SET outcome = CASE WHEN success THEN 'SUCCESS' ELSE 'FAILURE' END WHERE outcome IS NULL;
CREATE FUNCTION qbr_audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'qbr_audit_log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER qbr_audit_log_append_only BEFORE UPDATE OR DELETE ON qbr_audit_log
    FOR EACH ROW EXECUTE FUNCTION qbr_audit_log_refuse_change();
CREATE TRIGGER qbr_audit_log_no_truncate BEFORE TRUNCATE ON qbr_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION qbr_audit_log_refuse_change();

-- History rows of the replaced service: all were stored answers.
UPDATE qbwc_sync_history SET outcome = 'SUCCESS' WHERE outcome IS NULL;
/* [jooq ignore stop] */
