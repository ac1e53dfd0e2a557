-- What adopting the replaced service's database changes on purpose, before QBR Sync's own additions (V2, V3) run.
-- It is version 1.1 so that it runs before them on an adopted or new database; a database that already has V2 and
-- later takes it out of order (Flyway's outOfOrder), and finds nothing to change.
/* [jooq ignore start] */
-- The replaced service allowed only its three match types ('contains', 'exact', 'regex'). QBR Sync's rules also use
-- 'prefix' and 'words', so its constraint goes; V2 adds qbwc_account_mappings_match_type, which allows all five.
ALTER TABLE qbwc_account_mappings DROP CONSTRAINT IF EXISTS chk_qbwc_mapping_match_type;

-- V1 named the metrics' unique constraint in a way PostgreSQL truncates to 63 characters; it is given the name the
-- replaced system gave the same constraint.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint
               WHERE conname = 'qbr_metrics_monthly_period_metric_name_organization_id_vendor_k'
                 AND conrelid = 'qbr_metrics_monthly'::regclass) THEN
        ALTER TABLE qbr_metrics_monthly RENAME CONSTRAINT qbr_metrics_monthly_period_metric_name_organization_id_vendor_k
            TO uq_metrics_monthly_period_metric_org_vendor;
    END IF;
END
$$;
/* [jooq ignore stop] */
