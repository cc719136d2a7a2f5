-- A learner's attempt at a SCO of a package version (R5.7): the data model as the SCORM runtime last
-- committed it (flattened cmi.* keys), and the facts the portal reads from it. A new version of the
-- package starts new attempts; earlier ones and the completions they led to stay.
CREATE TABLE scorm_attempt (
    account_id    uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    package_id    uuid NOT NULL REFERENCES scorm_package (id) ON DELETE CASCADE,
    sco_position  integer NOT NULL CHECK (sco_position >= 1),
    cmi           jsonb NOT NULL,
    completed     boolean NOT NULL DEFAULT false,
    passed        boolean,
    score         numeric(7, 2),
    total_time    text,
    commits       integer NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, package_id, sco_position)
);
