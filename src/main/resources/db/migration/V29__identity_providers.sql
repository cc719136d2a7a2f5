-- Single sign-on (R11.2): an OpenID Connect provider per partner company (company_id), and one for
-- the vendor's own staff (NULL). The endpoints are those the provider's discovery document gave when
-- the connection was tested and saved, so a login needs no discovery call.
CREATE TABLE identity_provider (
    id                        uuid PRIMARY KEY,
    company_id                uuid REFERENCES company (id) ON DELETE CASCADE,
    issuer                    text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
    client_id                 text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
    -- AES-GCM ciphertext under PORTAL_SECRETS_KEY (R11.3): never shown again, replaced to rotate.
    client_secret             bytea NOT NULL,
    scopes                    text[] NOT NULL CHECK ('openid' = ANY (scopes)),
    email_claim               text NOT NULL CHECK (length(email_claim) BETWEEN 1 AND 100),
    email_must_be_verified    boolean NOT NULL DEFAULT true,
    passwords_allowed         boolean NOT NULL DEFAULT true,
    authorization_uri         text NOT NULL,
    token_uri                 text NOT NULL,
    jwk_set_uri               text NOT NULL,
    user_info_uri             text,
    end_session_uri           text,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL DEFAULT now()
);
-- One provider per company, and one for the vendor's staff.
CREATE UNIQUE INDEX identity_provider_owner
    ON identity_provider (coalesce(company_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- A domain sends its users to at most one provider: the email-first login asks for nothing else.
CREATE TABLE identity_provider_domain (
    domain      text PRIMARY KEY CHECK (domain = lower(domain) AND length(domain) <= 253),
    provider_id uuid NOT NULL REFERENCES identity_provider (id) ON DELETE CASCADE
);
CREATE INDEX identity_provider_domain_provider ON identity_provider_domain (provider_id);
