-- SCORM packages (R5.7): each upload of a course's package is a new version, kept with the files it
-- holds (stored in chunks like the catalogue's, so every instance serves them); a course plays its
-- latest version, and completions recorded against earlier versions stay.
CREATE TABLE scorm_package (
    id            uuid PRIMARY KEY,
    course_id     uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    version       integer NOT NULL CHECK (version >= 1),
    scorm_version text NOT NULL CHECK (scorm_version IN ('SCORM_12', 'SCORM_2004_3RD', 'SCORM_2004_4TH')),
    title         text NOT NULL CHECK (length(title) <= 500),
    mastery_score numeric(5, 2) CHECK (mastery_score BETWEEN 0 AND 100),
    file_count    integer NOT NULL CHECK (file_count >= 1),
    total_bytes   bigint NOT NULL CHECK (total_bytes >= 0),
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (course_id, version)
);

-- The SCOs of a version, in the order of the manifest's default organisation.
CREATE TABLE scorm_sco (
    package_id  uuid NOT NULL REFERENCES scorm_package (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 1),
    identifier  text NOT NULL CHECK (length(identifier) <= 500),
    title       text NOT NULL CHECK (length(title) <= 500),
    launch      text NOT NULL CHECK (length(launch) <= 2000),
    PRIMARY KEY (package_id, position)
);

CREATE TABLE scorm_package_file (
    package_id  uuid NOT NULL REFERENCES scorm_package (id) ON DELETE CASCADE,
    path        text NOT NULL CHECK (length(path) BETWEEN 1 AND 500),
    file_id     uuid NOT NULL REFERENCES stored_file (id),
    PRIMARY KEY (package_id, path)
);
