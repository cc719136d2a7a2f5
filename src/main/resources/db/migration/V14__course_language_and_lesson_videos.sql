-- university: the language a course is taught in, and a video link per lesson (R5.1, R5.6).
ALTER TABLE course ADD COLUMN language text NOT NULL DEFAULT 'en,fr' CHECK (language IN ('en', 'fr', 'en,fr'));
ALTER TABLE lesson ADD COLUMN video_url text CHECK (video_url ~ '^https://');
