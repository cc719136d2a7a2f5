-- Images and files attached to a lesson (R5.7), kept like the catalogue's; the lesson's Markdown
-- links to them under /university/lesson-files/{file}, which only learners the course opens to read.
CREATE TABLE lesson_file (
    lesson_id  uuid NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    file_id    uuid NOT NULL REFERENCES stored_file (id),
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lesson_id, file_id)
);
CREATE INDEX lesson_file_file ON lesson_file (file_id);
