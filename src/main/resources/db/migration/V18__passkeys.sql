-- Passkeys (issue 5, R4.3). The two tables have the names and columns Spring Security's JDBC
-- repositories expect; ids are Base64URL text. A user entity belongs to an account by email.
CREATE TABLE user_entities (
    id            varchar(1000) PRIMARY KEY,
    name          text NOT NULL UNIQUE REFERENCES account (email) ON DELETE CASCADE,
    display_name  text
);

CREATE TABLE user_credentials (
    credential_id                 varchar(1000) PRIMARY KEY,
    user_entity_user_id           varchar(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                    bytea NOT NULL,
    signature_count               bigint,
    uv_initialized                boolean,
    backup_eligible               boolean NOT NULL,
    authenticator_transports      varchar(1000),
    public_key_credential_type    varchar(100),
    backup_state                  boolean NOT NULL,
    attestation_object            bytea,
    attestation_client_data_json  bytea,
    created                       timestamp,
    last_used                     timestamp,
    label                         varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);

-- The challenge of a passkey ceremony under way, bound to the HTTP session that asked for it.
-- Kept here rather than in the session so that any instance can finish the ceremony, and taken
-- out with DELETE … RETURNING so that each challenge is answered at most once.
CREATE TABLE passkey_ceremony (
    session_id         text NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('REGISTRATION', 'AUTHENTICATION')),
    challenge          bytea NOT NULL,
    rp_id              text NOT NULL,
    rp_name            text,
    user_handle        text,
    user_name          text,
    user_display_name  text,
    algorithms         bigint[],
    user_verification  text NOT NULL,
    resident_key       text,
    expires_at         timestamptz NOT NULL,
    PRIMARY KEY (session_id, kind)
);
CREATE INDEX passkey_ceremony_expiry ON passkey_ceremony (expires_at);
