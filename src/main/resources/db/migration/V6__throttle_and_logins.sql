-- shared: failure counters behind growing delays (R4.3 brute force, R3.4 sweeping), shared by all
-- instances. A row per key such as 'login:account:jane@acme.com' or 'login:ip:203.0.113.9'.
CREATE TABLE attempt_throttle (
    key              text PRIMARY KEY,
    failures         integer NOT NULL,
    last_failure_at  timestamptz NOT NULL,
    blocked_until    timestamptz
);
CREATE INDEX attempt_throttle_last_failure ON attempt_throttle (last_failure_at);

-- accounts: login history shown to vendor admins (ASVS 16.3).
CREATE TABLE account_login (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    succeeded    boolean NOT NULL,
    remote_addr  text
);
CREATE INDEX account_login_account ON account_login (account_id, occurred_at DESC);
