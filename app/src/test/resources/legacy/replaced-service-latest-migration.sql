-- The replaced system's latest migration of the metrics' uniqueness (shared/SEED-SCHEMA.md): the plain unique
-- constraint dropped, vendor_id made nullable, and two partial unique indexes in its place. Then what people did
-- after it: a value typed in without a vendor.
ALTER TABLE qbr_metrics_monthly DROP CONSTRAINT uq_metrics_monthly_period_metric_org_vendor;
ALTER TABLE qbr_metrics_monthly ALTER COLUMN vendor_id DROP NOT NULL;
CREATE UNIQUE INDEX idx_qbr_metrics_monthly_unique_with_vendor
    ON qbr_metrics_monthly (period, metric_name, organization_id, vendor_id) WHERE vendor_id IS NOT NULL;
CREATE UNIQUE INDEX idx_qbr_metrics_monthly_unique_without_vendor
    ON qbr_metrics_monthly (period, metric_name, organization_id) WHERE vendor_id IS NULL;

INSERT INTO qbr_metrics_monthly (period, organization_id, vendor_id, metric_name, metric_value, data_source,
                                 manually_entered_by, notes)
VALUES (pg_temp.months_ago(2), 1, NULL, 'employees', 6, 'manual', 'cfo@acme.example', 'the new hire starts mid-month');
