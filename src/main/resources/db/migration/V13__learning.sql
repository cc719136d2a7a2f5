-- university: lessons, quizzes, enrolments and progress, certifications and certificates (R5.6).
CREATE TABLE lesson (
    id        uuid PRIMARY KEY,
    course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    title_en  text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
    title_fr  text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 200),
    body_en   text NOT NULL CHECK (length(body_en) BETWEEN 1 AND 20000),
    body_fr   text NOT NULL CHECK (length(body_fr) BETWEEN 1 AND 20000),
    UNIQUE (course_id, position)
);

CREATE TABLE quiz_question (
    id          uuid PRIMARY KEY,
    course_id   uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    prompt_en   text NOT NULL CHECK (length(prompt_en) BETWEEN 1 AND 1000),
    prompt_fr   text NOT NULL CHECK (length(prompt_fr) BETWEEN 1 AND 1000),
    choices_en  text[] NOT NULL,
    choices_fr  text[] NOT NULL,
    correct     integer NOT NULL,
    UNIQUE (course_id, position),
    CHECK (cardinality(choices_en) BETWEEN 2 AND 6 AND cardinality(choices_fr) = cardinality(choices_en)),
    CHECK (correct >= 0 AND correct < cardinality(choices_en))
);

CREATE TABLE enrolment (
    account_id    uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    course_id     uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    enrolled_at   timestamptz NOT NULL DEFAULT now(),
    best_score    integer CHECK (best_score BETWEEN 0 AND 100),
    completed_at  timestamptz,
    PRIMARY KEY (account_id, course_id)
);

CREATE TABLE lesson_done (
    account_id  uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    lesson_id   uuid NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    done_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, lesson_id)
);

CREATE TABLE certification (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    track       text NOT NULL CHECK (track IN ('TECHNICAL', 'SALES', 'PRE_SALES', 'FOUNDATION')),
    title_en    text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
    title_fr    text NOT NULL CHECK (length(title_fr) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE certification_course (
    certification_id  uuid NOT NULL REFERENCES certification (id) ON DELETE CASCADE,
    course_id         uuid NOT NULL REFERENCES course (id),
    PRIMARY KEY (certification_id, course_id)
);

-- Earned once per user and certification; the code is the public verification address.
CREATE TABLE certificate (
    id                uuid PRIMARY KEY,
    account_id        uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    certification_id  uuid NOT NULL REFERENCES certification (id),
    holder_name       text NOT NULL,
    company_name      text,
    issued_at         timestamptz NOT NULL DEFAULT now(),
    code              text NOT NULL UNIQUE,
    UNIQUE (account_id, certification_id)
);
