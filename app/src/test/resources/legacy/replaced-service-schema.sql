-- The QBR dashboard database as the replaced Python Web Connector service's migrations made it, written from the facts
-- in shared/SEED-SCHEMA.md: the dashboard's tables, the service's four, their CHECK constraints, unique constraints,
-- foreign keys and indexes by name, SERIAL ids as its ORM made them. This is the earlier form of the metrics'
-- uniqueness, a plain unique constraint with vendor_id required; replaced-service-latest-migration.sql turns it into
-- the latest form.
CREATE TABLE organization (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMPTZ DEFAULT now());
CREATE TABLE vendor (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL);

CREATE TABLE qbr_metrics_monthly (
    id SERIAL PRIMARY KEY,
    period VARCHAR(7) NOT NULL,
    organization_id INTEGER NOT NULL,
    vendor_id INTEGER NOT NULL,
    metric_name VARCHAR(100) NOT NULL,
    metric_value NUMERIC(12,2),
    data_source VARCHAR(20) NOT NULL DEFAULT 'collected',
    collected_at TIMESTAMPTZ,
    manually_entered_by VARCHAR(100),
    notes TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT fk_qbr_metrics_monthly_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_qbr_metrics_monthly_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT uq_metrics_monthly_period_metric_org_vendor UNIQUE (period, metric_name, organization_id, vendor_id));
CREATE INDEX idx_qbr_metrics_monthly_period ON qbr_metrics_monthly (period);
CREATE INDEX idx_qbr_metrics_monthly_metric_name ON qbr_metrics_monthly (metric_name);
CREATE INDEX idx_qbr_metrics_monthly_org_id ON qbr_metrics_monthly (organization_id);
CREATE INDEX idx_qbr_metrics_monthly_vendor_id ON qbr_metrics_monthly (vendor_id);
CREATE INDEX idx_qbr_metrics_monthly_period_metric ON qbr_metrics_monthly (period, metric_name);
CREATE INDEX idx_qbr_metrics_monthly_data_source ON qbr_metrics_monthly (data_source);

CREATE TABLE qbr_metrics_quarterly (
    id SERIAL PRIMARY KEY, period VARCHAR(7) NOT NULL, organization_id INTEGER NOT NULL REFERENCES organization (id),
    metric_name VARCHAR(100) NOT NULL, metric_value NUMERIC(12,2), created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(), UNIQUE (period, metric_name, organization_id));
CREATE TABLE qbr_smartnumbers (
    id SERIAL PRIMARY KEY, period VARCHAR(7) NOT NULL, period_type VARCHAR(20) NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organization (id), kpi_name VARCHAR(100) NOT NULL,
    kpi_value NUMERIC(12,4), calculation_method VARCHAR(200), created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(), UNIQUE (period, kpi_name, organization_id));
CREATE TABLE qbr_thresholds (
    id SERIAL PRIMARY KEY, organization_id INTEGER NOT NULL REFERENCES organization (id),
    metric_name VARCHAR(100) NOT NULL, threshold_type VARCHAR(20) NOT NULL, threshold_value NUMERIC(12,2));
CREATE TABLE qbr_collection_log (
    id SERIAL PRIMARY KEY, collection_started_at TIMESTAMPTZ, collection_ended_at TIMESTAMPTZ, period VARCHAR(7),
    vendor_id INTEGER REFERENCES vendor (id), status VARCHAR(20), error_message TEXT, metrics_collected INTEGER,
    duration_seconds NUMERIC(10,2));

CREATE TABLE qbwc_account_mappings (
    id SERIAL PRIMARY KEY,
    organization_id INTEGER NOT NULL DEFAULT 1,
    qbr_metric_key VARCHAR(50) NOT NULL,
    qb_account_pattern VARCHAR(255) NOT NULL,
    match_type VARCHAR(20) NOT NULL DEFAULT 'contains',
    is_active BOOLEAN NOT NULL DEFAULT true,
    notes TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT chk_qbwc_mapping_match_type CHECK (match_type IN ('contains', 'exact', 'regex')),
    CONSTRAINT uq_qbwc_mapping_org_metric_pattern UNIQUE (organization_id, qbr_metric_key, qb_account_pattern),
    CONSTRAINT fk_qbwc_mapping_organization FOREIGN KEY (organization_id) REFERENCES organization (id));
CREATE INDEX idx_qbwc_mapping_active ON qbwc_account_mappings (is_active);
CREATE INDEX idx_qbwc_mapping_metric_key ON qbwc_account_mappings (qbr_metric_key);
CREATE INDEX idx_qbwc_mapping_org_id ON qbwc_account_mappings (organization_id);

CREATE TABLE qbwc_sync_sessions (
    id SERIAL PRIMARY KEY,
    ticket VARCHAR(36) UNIQUE,
    organization_id INTEGER NOT NULL DEFAULT 1,
    company_file VARCHAR(500),
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    queries_total INTEGER,
    queries_completed INTEGER,
    current_query_type VARCHAR(50),
    current_period VARCHAR(7),
    error_message TEXT,
    created_at TIMESTAMPTZ DEFAULT now(),
    completed_at TIMESTAMPTZ,
    CONSTRAINT chk_qbwc_session_status CHECK (status IN ('active', 'completed', 'failed')));

CREATE TABLE qbwc_sync_history (
    id SERIAL PRIMARY KEY,
    session_id INTEGER REFERENCES qbwc_sync_sessions (id) ON DELETE CASCADE,
    organization_id INTEGER,
    sync_type VARCHAR(50),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    raw_response TEXT,
    parsed_data JSONB,
    metrics_updated INTEGER,
    created_at TIMESTAMPTZ DEFAULT now());

CREATE TABLE qbr_audit_log (
    id SERIAL PRIMARY KEY,
    timestamp TIMESTAMPTZ NOT NULL DEFAULT now(),
    user_email VARCHAR(255) NOT NULL,
    action VARCHAR(50) NOT NULL,
    success BOOLEAN NOT NULL,
    resource VARCHAR(100),
    details JSONB,
    ip_address VARCHAR(45),
    user_agent TEXT,
    failure_reason VARCHAR(255));
