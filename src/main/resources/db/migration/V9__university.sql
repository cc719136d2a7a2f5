-- university: courses by track (R5.1) and technical seats (R5.2–R5.4).
CREATE TABLE course (
    id               uuid PRIMARY KEY,
    slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    track            text NOT NULL CHECK (track IN ('TECHNICAL', 'SALES', 'PRE_SALES', 'FOUNDATION')),
    title_en         text NOT NULL,
    title_fr         text NOT NULL,
    summary_en       text NOT NULL,
    summary_fr       text NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
    status           text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- A user's first launch of the University: the moment a technical seat is claimed, once (R5.2).
CREATE TABLE university_launch (
    account_id       uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    first_launch_at  timestamptz NOT NULL DEFAULT now()
);

-- Technical seats of a company: numbered 1..limit, one per holder. The claim locks the company row
-- and counts under that lock; the unique keys are the backstop (R5.4).
CREATE TABLE technical_seat (
    company_id  uuid NOT NULL REFERENCES company (id),
    seat_no     integer NOT NULL CHECK (seat_no > 0),
    account_id  uuid NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    granted_by  text NOT NULL,
    PRIMARY KEY (company_id, seat_no)
);
