-- webhooks (R12.1): endpoints of distributors (distributor_id) and of the vendor (NULL), and the
-- deliveries written in the business transaction of the event they carry, sent after commit.
CREATE TABLE webhook_endpoint (
    id                    uuid PRIMARY KEY,
    distributor_id        uuid REFERENCES distributor (id),
    url                   text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    description           text NOT NULL CHECK (length(description) <= 500),
    event_types           text[] NOT NULL CHECK (cardinality(event_types) >= 1),
    active                boolean NOT NULL DEFAULT true,
    -- AES-GCM ciphertexts (key from configuration); the previous secret signs too until the overlap ends.
    secret                bytea NOT NULL,
    previous_secret       bytea,
    previous_secret_until timestamptz,
    failing_since         timestamptz,
    disabled_at           timestamptz,
    created_by            text NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoint_owner ON webhook_endpoint (distributor_id, created_at);

CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    endpoint_id      uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_type       text NOT NULL,
    payload          text NOT NULL,
    status           text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_attempt_at  timestamptz,
    response_status  integer,
    response_excerpt text CHECK (length(response_excerpt) <= 500),
    last_error       text CHECK (length(last_error) <= 500),
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_age ON webhook_delivery (created_at);
