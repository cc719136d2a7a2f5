-- university: a quiz has a number of attempts, then a cool-down before the next round (R5.6), so that
-- answers cannot be found by trying every combination; each enrolment counts its attempts.
ALTER TABLE course
    ADD COLUMN quiz_attempts       integer NOT NULL DEFAULT 3 CHECK (quiz_attempts BETWEEN 1 AND 20),
    ADD COLUMN quiz_cooldown_hours integer NOT NULL DEFAULT 24 CHECK (quiz_cooldown_hours BETWEEN 0 AND 720);

ALTER TABLE enrolment
    ADD COLUMN quiz_attempts_used   integer NOT NULL DEFAULT 0 CHECK (quiz_attempts_used >= 0),
    ADD COLUMN quiz_last_attempt_at timestamptz;
