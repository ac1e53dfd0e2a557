-- QBR Sync schema. A company identifier runs through every table; one installation starts with the 'default' company.

CREATE TABLE qbwc_sync_sessions (
    id               uuid         PRIMARY KEY,
    ticket_hash      varchar(64)  NOT NULL UNIQUE,
    company_id       varchar(100) NOT NULL,
    user_name        varchar(200) NOT NULL,
    state            varchar(30)  NOT NULL,
    plan             text         NOT NULL,
    next_task_index  integer      NOT NULL,
    progress         integer      NOT NULL,
    last_error       text         NOT NULL,
    qbxml_version    varchar(10),
    qbxml_country    varchar(4),
    company_file     text         NOT NULL,
    created_at       timestamptz  NOT NULL,
    last_activity_at timestamptz  NOT NULL,
    version          bigint       NOT NULL
);
CREATE INDEX qbwc_sync_sessions_by_company ON qbwc_sync_sessions (company_id, created_at DESC);

CREATE TABLE qbwc_account_mappings (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pattern     varchar(200) NOT NULL,
    match_type  varchar(10)  NOT NULL,
    metric_key  varchar(30)  NOT NULL,
    section     varchar(30),
    priority    integer      NOT NULL,
    active      boolean      NOT NULL,
    note        text         NOT NULL,
    CONSTRAINT qbwc_account_mappings_match_type CHECK (match_type IN ('EXACT', 'PREFIX', 'WORDS', 'CONTAINS', 'REGEX'))
);

CREATE TABLE qbwc_sync_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id     varchar(100) NOT NULL,
    session_id     uuid,
    sync_type      varchar(20)  NOT NULL,
    period_first   date,
    period_last    date,
    raw_response   text,
    parsed_data    jsonb,
    reconciliation jsonb        NOT NULL,
    outcome        varchar(10)  NOT NULL,
    message        text         NOT NULL,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX qbwc_sync_history_by_company ON qbwc_sync_history (company_id, created_at DESC, id DESC);
CREATE INDEX qbwc_sync_history_by_type ON qbwc_sync_history (company_id, sync_type, outcome, created_at DESC);
CREATE INDEX qbwc_sync_history_by_time ON qbwc_sync_history (created_at DESC, id DESC);

CREATE TABLE qbwc_month_sync (
    company_id       varchar(100) NOT NULL,
    year             smallint     NOT NULL,
    month            smallint     NOT NULL,
    last_synced_at   timestamptz,
    resync_requested boolean      NOT NULL,
    PRIMARY KEY (company_id, year, month)
);

CREATE TABLE qbwc_employee_sync (
    company_id          varchar(100) PRIMARY KEY,
    employees_synced_at timestamptz  NOT NULL
);

CREATE TABLE qbr_audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(200) NOT NULL,
    source_address varchar(100) NOT NULL,
    action         varchar(100) NOT NULL,
    outcome        varchar(10)  NOT NULL,
    detail         text         NOT NULL
);
CREATE INDEX qbr_audit_log_newest_first ON qbr_audit_log (occurred_at DESC, id DESC);

CREATE TABLE qbr_metrics_monthly (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id  varchar(100)  NOT NULL,
    year        smallint      NOT NULL,
    month       smallint      NOT NULL,
    metric_key  varchar(30)   NOT NULL,
    value       numeric(14,2) NOT NULL,
    source      varchar(30)   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    CONSTRAINT qbr_metrics_monthly_one_value UNIQUE (company_id, year, month, metric_key, source),
    CONSTRAINT qbr_metrics_monthly_month CHECK (month BETWEEN 1 AND 12)
);

CREATE TABLE qbr_api_tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(100) NOT NULL,
    secret_hash varchar(64)  NOT NULL UNIQUE,
    created_at  timestamptz  NOT NULL,
    revoked_at  timestamptz
);

/* [jooq ignore start] */
CREATE FUNCTION qbr_audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'qbr_audit_log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER qbr_audit_log_append_only BEFORE UPDATE OR DELETE ON qbr_audit_log
    FOR EACH ROW EXECUTE FUNCTION qbr_audit_log_refuse_change();
CREATE TRIGGER qbr_audit_log_no_truncate BEFORE TRUNCATE ON qbr_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION qbr_audit_log_refuse_change();
/* [jooq ignore stop] */
