-- notifications: the email outbox (R8.2). A row is written in the business transaction,
-- delivered after commit, retried with backoff, and carries one stable Message-ID.
CREATE TABLE email_message (
    id              uuid PRIMARY KEY,
    message_id      text NOT NULL UNIQUE,
    kind            text NOT NULL,
    recipient       text NOT NULL,
    locale          text NOT NULL,
    subject         text NOT NULL,
    body_text       text,
    body_html       text,
    sensitive       boolean NOT NULL DEFAULT false,
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);
CREATE INDEX email_message_due ON email_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX email_message_created ON email_message (created_at DESC);
