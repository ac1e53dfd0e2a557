-- Many companies: organizations of the dashboard that sync from QuickBooks, each with its own Web Connector user, the
-- FileID its .qwc files carry, the company file it is bound to after its first successful sync, and what its
-- QuickBooks last said about itself (product, edition, qbXML versions, the version requests were written in).

CREATE TABLE IF NOT EXISTS qbwc_companies (
    organization_id    integer      PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    qbwc_user          varchar(100),
    password_hash      varchar(100),
    disabled           boolean      NOT NULL DEFAULT false,
    qwc_file_id        varchar(40)  NOT NULL,
    bound_company_name varchar(255),
    bound_file_id      varchar(40),
    bound_file_path    varchar(500),
    bound_at           timestamptz,
    qb_product         varchar(100),
    qb_country         varchar(10),
    qbxml_supported    varchar(300),
    qbxml_written_in   varchar(20),
    qb_seen_at         timestamptz,
    created_at         timestamptz  NOT NULL DEFAULT now()
);

-- The installation's OwnerID, under which the Web Connector keeps our FileID in each company file: one row, forever.
CREATE TABLE IF NOT EXISTS qbwc_installation (
    singleton boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    owner_id  varchar(40) NOT NULL
);

-- What the Web Connector said about the file it had open, beside the path the replaced service kept.
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS qb_company_name varchar(255);
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS qb_file_id varchar(40);
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS connection_retries integer NOT NULL DEFAULT 0;

-- API tokens limited to some companies; a token without rows here may act on every company.
CREATE TABLE IF NOT EXISTS qbr_api_token_companies (
    token_id        bigint  NOT NULL REFERENCES qbr_api_tokens (id) ON DELETE CASCADE,
    organization_id integer NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    PRIMARY KEY (token_id, organization_id)
);

CREATE INDEX IF NOT EXISTS qbwc_account_mappings_by_organization ON qbwc_account_mappings (organization_id);

/* [jooq ignore start] */
-- One Web Connector user per company, whatever the case.
CREATE UNIQUE INDEX IF NOT EXISTS qbwc_companies_by_user ON qbwc_companies (lower(qbwc_user));

-- The dashboard's own organization is the zero-configuration company that QBWC_USERNAME syncs.
INSERT INTO qbwc_companies (organization_id, qwc_file_id)
    SELECT id, '{' || upper(gen_random_uuid()::text) || '}' FROM organization WHERE id = 1
    ON CONFLICT DO NOTHING;
/* [jooq ignore stop] */
