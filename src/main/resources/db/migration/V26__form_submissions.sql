-- R8.4: a form submission is done once, however often it arrives. Each form carries a one-time key;
-- the first request that claims it does the work and records its answer in the same transaction, and
-- a repeat (a retry after a lost answer, a double click, a load balancer retrying on another
-- instance) gets that answer again. Kept a day.
CREATE TABLE form_submission (
    key           uuid PRIMARY KEY,
    principal     text NOT NULL,
    status        integer,
    location      text,
    content_type  text,
    body          bytea,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX form_submission_created ON form_submission (created_at);
