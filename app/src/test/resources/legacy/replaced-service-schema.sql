-- The QBR dashboard database as the replaced Python Web Connector service left it (tables, columns and values per
-- shared/SEED-SCHEMA.md; SERIAL ids as its ORM created them), with sample rows: the dashboard's company and vendors,
-- metrics it synced and one a person typed in, the service's LIKE-pattern rules (one a person changed later), a
-- session, its history and audit rows.
CREATE TABLE organization (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMPTZ DEFAULT now());
CREATE TABLE vendor (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL);
CREATE TABLE qbr_metrics_monthly (
    id SERIAL PRIMARY KEY, period VARCHAR(7) NOT NULL, organization_id INTEGER NOT NULL REFERENCES organization (id),
    vendor_id INTEGER REFERENCES vendor (id), metric_name VARCHAR(100) NOT NULL, metric_value NUMERIC(12,2),
    data_source VARCHAR(20) NOT NULL DEFAULT 'collected', collected_at TIMESTAMPTZ, manually_entered_by VARCHAR(100),
    notes TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (period, metric_name, organization_id, vendor_id));
CREATE TABLE qbwc_account_mappings (
    id SERIAL PRIMARY KEY, organization_id INTEGER NOT NULL DEFAULT 1, qbr_metric_key VARCHAR(50) NOT NULL,
    qb_account_pattern VARCHAR(255) NOT NULL, match_type VARCHAR(20) NOT NULL DEFAULT 'contains',
    is_active BOOLEAN NOT NULL DEFAULT true, notes TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(), UNIQUE (organization_id, qbr_metric_key, qb_account_pattern));
CREATE TABLE qbwc_sync_sessions (
    id SERIAL PRIMARY KEY, ticket VARCHAR(36) UNIQUE, organization_id INTEGER, company_file VARCHAR(500),
    status VARCHAR(20), queries_total INTEGER, queries_completed INTEGER, current_query_type VARCHAR(50),
    current_period VARCHAR(7), error_message TEXT, created_at TIMESTAMPTZ DEFAULT now(), completed_at TIMESTAMPTZ);
CREATE TABLE qbwc_sync_history (
    id SERIAL PRIMARY KEY, session_id INTEGER REFERENCES qbwc_sync_sessions (id) ON DELETE CASCADE,
    organization_id INTEGER, sync_type VARCHAR(50), period_start DATE NOT NULL, period_end DATE NOT NULL,
    raw_response TEXT, parsed_data JSONB, metrics_updated INTEGER, created_at TIMESTAMPTZ DEFAULT now());
CREATE TABLE qbr_audit_log (
    id SERIAL PRIMARY KEY, timestamp TIMESTAMPTZ NOT NULL DEFAULT now(), user_email VARCHAR(255) NOT NULL,
    action VARCHAR(50) NOT NULL, success BOOLEAN NOT NULL, resource VARCHAR(100), details JSONB,
    ip_address VARCHAR(45), user_agent TEXT, failure_reason VARCHAR(255));

INSERT INTO organization (name) VALUES ('Acme MSP');
INSERT INTO vendor (name) VALUES ('QuickBooks'), ('ConnectWise');
INSERT INTO qbr_metrics_monthly (period, organization_id, vendor_id, metric_name, metric_value, data_source, collected_at)
VALUES ('2025-11', 1, 1, 'mrr', 4100.00, 'quickbooks', '2025-12-20T00:00:00Z'),
       ('2025-12', 1, 1, 'mrr', 950.00, 'quickbooks', '2026-01-05T00:00:00Z'),
       ('2025-12', 1, 2, 'csat', 97.50, 'collected', '2026-01-05T00:00:00Z');
INSERT INTO qbr_metrics_monthly (period, organization_id, vendor_id, metric_name, metric_value, data_source,
                                 manually_entered_by, notes)
VALUES ('2026-01', 1, NULL, 'employees', 7, 'manual', 'cfo@acme.example', 'two contractors counted');
INSERT INTO qbwc_account_mappings (qbr_metric_key, qb_account_pattern, match_type, created_at, updated_at)
VALUES ('mrr', '%Managed Services%', 'contains', '2025-06-01T09:00:00Z', '2025-06-01T09:00:00Z'),
       ('mrr', '%Recurring%', 'contains', '2025-06-01T09:00:00Z', '2025-06-01T09:00:00Z'),
       ('nrr', '%Professional Services%', 'contains', '2025-06-01T09:00:00Z', '2025-06-01T09:00:00Z'),
       ('orr', '%Help Desk%', 'contains', '2025-06-01T09:00:00Z', '2025-09-15T14:30:00Z');
INSERT INTO qbwc_sync_sessions (ticket, organization_id, company_file, status, queries_total, queries_completed,
                                created_at, completed_at)
VALUES ('5f0c1f1e-7d1c-4f1a-9c53-2b8e3f8a1d11', 1, 'C:\Acme.QBW', 'completed', 2, 2, '2026-01-05T00:00:00Z',
        '2026-01-05T00:01:00Z');
INSERT INTO qbwc_sync_history (session_id, organization_id, sync_type, period_start, period_end, raw_response,
                               parsed_data, metrics_updated, created_at)
VALUES (1, 1, 'profit_loss', '2025-12-01', '2025-12-31', '<QBXML/>',
        '{"accounts": [{"name": "Managed Services", "total": 950.0}]}', 10, '2026-01-05T00:00:30Z');
INSERT INTO qbr_audit_log (user_email, action, success, details, ip_address, timestamp)
VALUES ('qbwc', 'qbwc_authenticate', true, '{"ticket": "5f0c..."}', '192.0.2.10', '2026-01-05T00:00:00Z');
