-- R10.1: the vendor's ordered programme levels, their criteria and their benefits.
CREATE TABLE programme_level (
    id               uuid PRIMARY KEY,
    rank             integer NOT NULL CHECK (rank >= 1),
    name_en          text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
    name_fr          text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 100),
    deals_won        integer NOT NULL DEFAULT 0 CHECK (deals_won BETWEEN 0 AND 1000000),
    won_value        numeric(14, 2) NOT NULL DEFAULT 0 CHECK (won_value >= 0),
    technical_seats  integer NOT NULL CHECK (technical_seats BETWEEN 0 AND 10000),
    protection_days  integer NOT NULL CHECK (protection_days BETWEEN 1 AND 3650),
    retired_at       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    -- Moving a level up swaps two ranks in one transaction.
    CONSTRAINT programme_level_rank UNIQUE (rank) DEFERRABLE INITIALLY DEFERRED
);

-- "At least N users holding certification C (or any of C1..Cn)"; a level meets all of its rows.
CREATE TABLE programme_criterion (
    level_id           uuid NOT NULL REFERENCES programme_level (id) ON DELETE CASCADE,
    position           integer NOT NULL,
    users              integer NOT NULL CHECK (users BETWEEN 1 AND 100000),
    certification_ids  uuid[] NOT NULL CHECK (cardinality(certification_ids) BETWEEN 1 AND 20),
    PRIMARY KEY (level_id, position)
);

-- One row: the currency won values are compared in, and how long an earned downgrade waits (R10.3).
CREATE TABLE programme_settings (
    singleton           boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    reporting_currency  text NOT NULL DEFAULT 'USD' CHECK (reporting_currency ~ '^[A-Z]{3}$'),
    grace_days          integer NOT NULL DEFAULT 90 CHECK (grace_days BETWEEN 0 AND 730),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text
);
INSERT INTO programme_settings DEFAULT VALUES;

-- What one unit of a currency is worth in the reporting currency; a won deal in a currency
-- without a rate does not count towards won value.
CREATE TABLE programme_rate (
    currency    text PRIMARY KEY CHECK (currency ~ '^[A-Z]{3}$'),
    rate        numeric(18, 8) NOT NULL CHECK (rate > 0),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL
);

-- A company's standing (R10.2, R10.3): the level in force, what its facts earn, a pending downgrade
-- and a vendor override with its end.
CREATE TABLE company_level (
    company_id          uuid PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    level_id            uuid REFERENCES programme_level (id),
    earned_level_id     uuid REFERENCES programme_level (id),
    downgrade_on        date,
    downgrade_reminded  boolean NOT NULL DEFAULT false,
    override_level_id   uuid REFERENCES programme_level (id),
    override_reason     text CHECK (length(override_reason) BETWEEN 1 AND 2000),
    override_until      date,
    override_by         text,
    changed_at          timestamptz,
    computed_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((override_level_id IS NULL) = (override_until IS NULL))
);
CREATE INDEX company_level_in_force ON company_level (level_id);
CREATE INDEX company_level_downgrades ON company_level (downgrade_on) WHERE downgrade_on IS NOT NULL;
CREATE INDEX company_level_overrides ON company_level (override_until) WHERE override_until IS NOT NULL;

CREATE TABLE company_level_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id     uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    at             timestamptz NOT NULL DEFAULT now(),
    change         text NOT NULL CHECK (change IN ('REACHED', 'DOWNGRADE_ANNOUNCED', 'DOWNGRADE_REMINDED', 'DOWNGRADE_CANCELLED',
                                                   'DOWNGRADED', 'OVERRIDDEN', 'OVERRIDE_ENDED')),
    from_level_id  uuid REFERENCES programme_level (id),
    to_level_id    uuid REFERENCES programme_level (id),
    actor          text NOT NULL,
    reason         text
);
CREATE INDEX company_level_history_of ON company_level_history (company_id, at);

-- A vendor-wide recomputation (criteria edited, or the nightly run): any instance takes the next batch
-- of companies after next_after, one at a time under the row's lock. A night has one run.
CREATE TABLE programme_recomputation (
    id           uuid PRIMARY KEY,
    cause        text NOT NULL,
    started_by   text NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    night        date UNIQUE,
    total        integer NOT NULL,
    done         integer NOT NULL DEFAULT 0,
    changed      integer NOT NULL DEFAULT 0,
    next_after   uuid,
    finished_at  timestamptz
);
CREATE INDEX programme_recomputation_open ON programme_recomputation (started_at) WHERE finished_at IS NULL;

-- R10.4: the company's limit in force is the vendor's per-company override if there is one, else its
-- level's; lowering it takes no seat away. R9.5: deal protection days follow the level too.
ALTER TABLE company
    ADD COLUMN technical_seat_override integer CHECK (technical_seat_override BETWEEN 0 AND 10000),
    ADD COLUMN level_technical_seats   integer NOT NULL DEFAULT 5 CHECK (level_technical_seats BETWEEN 0 AND 10000),
    ADD COLUMN deal_protection_days    integer NOT NULL DEFAULT 90 CHECK (deal_protection_days BETWEEN 1 AND 3650);
UPDATE company SET technical_seat_override = technical_seat_limit WHERE technical_seat_limit <> 5;
ALTER TABLE company DROP COLUMN technical_seat_limit;
ALTER TABLE company
    ADD COLUMN technical_seat_limit integer GENERATED ALWAYS AS
        (coalesce(technical_seat_override, level_technical_seats)) STORED;

-- R10.1: a resource may be reserved to a level and those above it.
ALTER TABLE resource ADD COLUMN minimum_level_id uuid REFERENCES programme_level (id);

-- R10.4: each seat records the limit in force when it was granted, and its place in the order of grants
-- (claims of a company queue on its row, so the identity follows that order).
ALTER TABLE technical_seat
    ADD COLUMN limit_at_grant integer,
    ADD COLUMN grant_order    bigint GENERATED ALWAYS AS IDENTITY;
