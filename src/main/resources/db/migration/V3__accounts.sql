-- accounts: users, their roles and credential tokens (R3.7, R4.3).
CREATE TABLE account (
    id              uuid PRIMARY KEY,
    email           text NOT NULL UNIQUE CHECK (email = lower(email)),
    password_hash   text,
    role            text NOT NULL CHECK (role IN ('PARTNER_USER', 'DISTRIBUTOR_REVIEWER', 'VENDOR_ADMIN')),
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    locale          text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr')),
    company_id      uuid REFERENCES company (id),
    distributor_id  uuid REFERENCES distributor (id),
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    activated_at    timestamptz,
    version         integer NOT NULL DEFAULT 0,
    CONSTRAINT account_scope CHECK (
        (role = 'PARTNER_USER' AND company_id IS NOT NULL AND distributor_id IS NULL)
        OR (role = 'DISTRIBUTOR_REVIEWER' AND distributor_id IS NOT NULL AND company_id IS NULL)
        OR (role = 'VENDOR_ADMIN' AND company_id IS NULL AND distributor_id IS NULL))
);
CREATE INDEX account_company ON account (company_id);

-- Activation and reset links: only the SHA-256 of the token is stored; used_at makes them single use.
CREATE TABLE credential_token (
    token_hash  bytea PRIMARY KEY,
    account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     text NOT NULL CHECK (purpose IN ('ACTIVATION', 'PASSWORD_RESET')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX credential_token_account ON credential_token (account_id);
