-- partners: domain exclusivity, distributor contacts, entitlement lists (R2.2), associations (R2.3), API keys.

-- A domain belongs to one company, unless a vendor admin marked it shared (R2.1).
ALTER TABLE company_domain ADD COLUMN shared boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX company_domain_exclusive ON company_domain (domain) WHERE NOT shared;

ALTER TABLE distributor ADD COLUMN contact_name text;
ALTER TABLE distributor ADD COLUMN contact_phone text;

-- What a distributor says: these partners have the vendor's product enabled with us.
CREATE TABLE entitlement (
    id              uuid PRIMARY KEY,
    distributor_id  uuid NOT NULL REFERENCES distributor (id),
    customer_id     text NOT NULL CHECK (length(customer_id) BETWEEN 1 AND 100),
    company_name    text NOT NULL CHECK (length(company_name) BETWEEN 1 AND 200),
    country         char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    domains         text[] NOT NULL CHECK (cardinality(domains) BETWEEN 1 AND 20),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (distributor_id, customer_id)
);
CREATE INDEX entitlement_domains ON entitlement USING gin (domains);
CREATE INDEX entitlement_name ON entitlement (distributor_id, lower(company_name));

-- An uploaded CSV kept until its valid rows are applied (or it is a day old).
CREATE TABLE entitlement_import (
    id              uuid PRIMARY KEY,
    distributor_id  uuid NOT NULL REFERENCES distributor (id),
    uploaded_by     text NOT NULL,
    file_name       text NOT NULL,
    content         text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Which distributor a company buys through, now and before (R2.3). One current association at most.
CREATE TABLE distributor_association (
    id              uuid PRIMARY KEY,
    company_id      uuid NOT NULL REFERENCES company (id),
    distributor_id  uuid NOT NULL REFERENCES distributor (id),
    customer_id     text,
    started_at      timestamptz NOT NULL DEFAULT now(),
    started_by      text NOT NULL,
    ended_at        timestamptz,
    ended_by        text,
    end_reason      text,
    CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
CREATE UNIQUE INDEX distributor_association_current ON distributor_association (company_id) WHERE ended_at IS NULL;
CREATE INDEX distributor_association_distributor ON distributor_association (distributor_id) WHERE ended_at IS NULL;

-- Keys for the distributor REST API: only the SHA-256 of the key is kept.
CREATE TABLE distributor_api_key (
    id              uuid PRIMARY KEY,
    distributor_id  uuid NOT NULL REFERENCES distributor (id),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    key_prefix      text NOT NULL,
    key_hash        bytea NOT NULL UNIQUE,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
