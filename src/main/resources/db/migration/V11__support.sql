-- support: requests from users and visitors, answered by the vendor (R7.1, R5.5, R2.3).
CREATE TABLE support_request (
    id                    uuid PRIMARY KEY,
    number                bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    category              text NOT NULL CHECK (category IN ('SEAT_HOLDERS', 'REGISTRATION_REJECTED',
                                                            'DISTRIBUTOR_TRANSFER', 'ACCESS_PROBLEM', 'OTHER')),
    subject               text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    status                text NOT NULL CHECK (status IN ('UNCONFIRMED', 'NEW', 'IN_PROGRESS',
                                                          'WAITING_FOR_REQUESTER', 'RESOLVED', 'CLOSED')),
    requester_account_id  uuid REFERENCES account (id) ON DELETE SET NULL,
    requester_email       text NOT NULL,
    requester_name        text NOT NULL,
    requester_locale      text NOT NULL,
    company_id            uuid REFERENCES company (id),
    assignee              text,
    -- A visitor's request waits for its address to be confirmed; the link's token is single-use.
    confirm_token_hash    bytea UNIQUE,
    confirm_expires_at    timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_request_queue ON support_request (status, created_at) WHERE status <> 'UNCONFIRMED';
CREATE INDEX support_request_requester ON support_request (requester_account_id, created_at DESC);

-- The thread: the description, public replies, internal notes and the actions taken from it.
CREATE TABLE support_message (
    id          uuid PRIMARY KEY,
    request_id  uuid NOT NULL REFERENCES support_request (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('REQUESTER', 'VENDOR_REPLY', 'INTERNAL_NOTE', 'ACTION')),
    author      text NOT NULL,
    body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_message_thread ON support_message (request_id, created_at);
