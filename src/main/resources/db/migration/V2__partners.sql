-- partners: distributors and partner companies (R2.1). Entitlements and associations grow here later.
CREATE TABLE distributor (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    support_email text,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 0
);

CREATE TABLE company (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country     char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    status      text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    technical_seat_limit integer NOT NULL DEFAULT 5 CHECK (technical_seat_limit >= 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 0
);

CREATE TABLE company_domain (
    company_id  uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    domain      text NOT NULL CHECK (domain = lower(domain) AND domain !~ '\.$' AND length(domain) <= 253),
    PRIMARY KEY (company_id, domain)
);
CREATE INDEX company_domain_domain ON company_domain (domain);
