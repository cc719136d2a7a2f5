-- registration: access requests (R3.1–R3.9) and the vendor's domain rules (R3.2, R3.6).
CREATE TABLE domain_rule (
    domain      text PRIMARY KEY CHECK (domain = lower(domain)),
    kind        text NOT NULL CHECK (kind IN ('ALLOW', 'DENY', 'FLAG')),
    note        text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE access_request (
    id                uuid PRIMARY KEY,
    distributor_id    uuid NOT NULL REFERENCES distributor (id),
    email             text NOT NULL CHECK (email = lower(email)),
    domain            text NOT NULL,
    language          text NOT NULL DEFAULT 'en',
    first_name        text,
    last_name         text,
    job_title         text,
    phone             text,
    company_name      text,
    country           char(2),
    chosen_company_id uuid REFERENCES company (id),
    none_of_these     boolean NOT NULL DEFAULT false,
    status            text NOT NULL CHECK (status IN ('UNDER_REVIEW', 'APPROVED', 'REJECTED')),
    route             text CHECK (route IN ('DISTRIBUTOR', 'VENDOR')),
    reason_code       text NOT NULL,
    reason_text       text NOT NULL,
    company_id        uuid REFERENCES company (id),
    account_id        uuid REFERENCES account (id),
    decided_by        text,
    decided_at        timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 0
);
-- One open request per address, whatever the number of instances and submissions (R3.4).
CREATE UNIQUE INDEX access_request_one_open ON access_request (email) WHERE status = 'UNDER_REVIEW';
CREATE INDEX access_request_queue ON access_request (route, distributor_id, created_at) WHERE status = 'UNDER_REVIEW';
CREATE INDEX access_request_created ON access_request (created_at);

CREATE TABLE access_request_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  uuid NOT NULL REFERENCES access_request (id) ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    what        text NOT NULL,
    details     text
);
CREATE INDEX access_request_event_request ON access_request_event (request_id, occurred_at);
