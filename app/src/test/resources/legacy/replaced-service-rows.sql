-- The rows the replaced service and the people around it leave in its database (after replaced-service-schema.sql):
-- the dashboard's company and vendors, the service's 22 default rules as SQL LIKE patterns and a person's own rule,
-- its sessions, history and audit entries, metrics of its earlier syncs, a dashboard value from another vendor, a
-- QuickBooks value a person corrected by hand and a value a person typed in. Months are counted back from today, so
-- the months a sync fetches are always the same ones.
CREATE FUNCTION pg_temp.months_ago(months integer) RETURNS varchar LANGUAGE sql AS
$$ SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => months), 'YYYY-MM') $$;
CREATE FUNCTION pg_temp.month_start(months integer) RETURNS date LANGUAGE sql AS
$$ SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => months))::date $$;

INSERT INTO organization (name) VALUES ('Acme MSP');
INSERT INTO vendor (name) VALUES ('QuickBooks'), ('ConnectWise'), ('Manual');

INSERT INTO qbwc_account_mappings (qbr_metric_key, qb_account_pattern, match_type, created_at, updated_at)
SELECT metric, pattern, 'contains', '2025-06-01T09:00:00Z', '2025-06-01T09:00:00Z'
FROM (VALUES ('mrr', '%Managed Services%'), ('mrr', '%Recurring%'), ('mrr', '%Monthly Support%'), ('mrr', '%MRR%'),
             ('nrr', '%Professional Services%'), ('nrr', '%Project%'), ('nrr', '%Consulting%'),
             ('nrr', '%Installation%'), ('nrr', '%NRR%'), ('orr', '%Annual%'), ('orr', '%Renewal%'),
             ('product_sales', '%Product%'), ('product_sales', '%Hardware%'), ('product_sales', '%Software%'),
             ('misc_revenue', '%Interest%'), ('misc_revenue', '%Misc%'), ('employee_expense', '%Payroll%'),
             ('employee_expense', '%Wages%'), ('employee_expense', '%Salaries%'), ('owner_comp', '%Owner%'),
             ('product_cogs', '%Cost of Goods%'), ('product_cogs', '%COGS%')) AS defaults (metric, pattern);
INSERT INTO qbwc_account_mappings (qbr_metric_key, qb_account_pattern, match_type, notes, created_at, updated_at)
VALUES ('orr', '%Consulting%', 'contains', 'Consulting is sold as annual retainers', '2025-09-15T14:30:00Z',
        '2025-09-15T14:30:00Z');

INSERT INTO qbwc_sync_sessions (ticket, organization_id, company_file, status, queries_total, queries_completed,
                                current_query_type, current_period, error_message, created_at, completed_at)
VALUES ('5f0c1f1e-7d1c-4f1a-9c53-2b8e3f8a1d11', 1, 'C:\Acme.QBW', 'completed', 2, 2, 'employees', pg_temp.months_ago(3),
        NULL, pg_temp.month_start(2) + 4, pg_temp.month_start(2) + 4),
       ('0b6f8d2e-51aa-4c3e-8f0e-6d7a9e2c4b55', 1, 'C:\Acme.QBW', 'failed', 2, 0, 'profit_loss', pg_temp.months_ago(2),
        'QuickBooks is not running', pg_temp.month_start(1) + 4, NULL);
INSERT INTO qbwc_sync_history (session_id, organization_id, sync_type, period_start, period_end, raw_response,
                               parsed_data, metrics_updated, created_at)
VALUES (1, 1, 'profit_loss', pg_temp.month_start(3), pg_temp.month_start(2) - 1, '<QBXML/>',
        '{"accounts": [{"name": "Managed Services", "total": 1300.0}]}', 10, pg_temp.month_start(2) + 4),
       (1, 1, 'employees', pg_temp.month_start(3), pg_temp.month_start(2) - 1, '<QBXML/>', '{"active": 3}', 1,
        pg_temp.month_start(2) + 4);
INSERT INTO qbr_audit_log (timestamp, user_email, action, success, resource, details, ip_address, user_agent,
                           failure_reason)
VALUES (pg_temp.month_start(2) + 4, 'qbwc', 'qbwc_authenticate', true, 'qbwc', '{"ticket": "5f0c..."}', '192.0.2.10',
        'QBWebConnector', NULL),
       (pg_temp.month_start(1) + 4, 'qbwc', 'qbwc_authenticate', false, 'qbwc', NULL, '192.0.2.10', 'QBWebConnector',
        'invalid password'),
       (pg_temp.month_start(1) + 5, 'admin@acme.example', 'mapping_update', true, 'qbwc_account_mappings', NULL,
        '192.0.2.20', 'Mozilla/5.0', NULL);

INSERT INTO qbr_metrics_monthly (period, organization_id, vendor_id, metric_name, metric_value, data_source, collected_at)
VALUES (pg_temp.months_ago(4), 1, 1, 'mrr', 4100.00, 'quickbooks', pg_temp.month_start(2) + 4),
       (pg_temp.months_ago(4), 1, 1, 'employees', 3.00, 'quickbooks', pg_temp.month_start(2) + 4),
       (pg_temp.months_ago(3), 1, 1, 'mrr', 1300.00, 'quickbooks', pg_temp.month_start(2) + 4),
       (pg_temp.months_ago(3), 1, 2, 'csat', 97.50, 'collected', pg_temp.month_start(2) + 4),
       (pg_temp.months_ago(2), 1, 1, 'mrr', 999.00, 'quickbooks', pg_temp.month_start(1) + 4),
       (pg_temp.months_ago(2), 1, 1, 'net_profit', 111.00, 'calculated', pg_temp.month_start(1) + 4);
INSERT INTO qbr_metrics_monthly (period, organization_id, vendor_id, metric_name, metric_value, data_source,
                                 collected_at, manually_entered_by, notes)
VALUES (pg_temp.months_ago(1), 1, 1, 'mrr', 1234.00, 'quickbooks', pg_temp.month_start(1) + 4, 'cfo@acme.example',
        'credit note booked late'),
       (pg_temp.months_ago(1), 1, 3, 'employees', 7.00, 'manual', NULL, 'cfo@acme.example', 'two contractors counted');
INSERT INTO qbr_metrics_quarterly (period, organization_id, metric_name, metric_value)
VALUES ('2025-Q3', 1, 'mrr', 3900.00);
