-- catalogue: resources partners search and download (R6.1, R6.2).

-- Accent-insensitive full text in both languages: "securite" finds "sécurité". unaccent is a trusted
-- extension (PostgreSQL 13+), so the database owner can create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION portal_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION portal_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION portal_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION portal_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE FUNCTION portal_words(tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce(array_to_string(tags, ' '), '');

-- Files live in the database, in chunks: every instance serves every file, backups hold them, and a
-- download streams one chunk at a time instead of loading the file.
CREATE TABLE stored_file (
    id            uuid PRIMARY KEY,
    file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    sha256        text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stored_file_chunk (
    file_id  uuid NOT NULL REFERENCES stored_file (id) ON DELETE CASCADE,
    seq      integer NOT NULL CHECK (seq >= 0),
    bytes    bytea NOT NULL,
    PRIMARY KEY (file_id, seq)
);
-- Documents and videos are compressed already: store chunks as they are.
ALTER TABLE stored_file_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL;

CREATE TABLE resource (
    id            uuid PRIMARY KEY,
    title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description   text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    type          text NOT NULL CHECK (type IN ('PRESENTATION', 'DATASHEET', 'BATTLECARD', 'VIDEO', 'WHITEPAPER',
                                               'CASE_STUDY', 'GUIDE')),
    audience      text NOT NULL CHECK (audience IN ('SALES', 'PRE_SALES', 'TECHNICAL')),
    language      text NOT NULL CHECK (language IN ('en', 'fr')),
    products      text[] NOT NULL DEFAULT '{}',
    published_on  date NOT NULL,
    status        text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    link          text CHECK (link ~ '^https://'),
    file_id       uuid REFERENCES stored_file (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((link IS NULL) <> (file_id IS NULL)),
    search        tsvector GENERATED ALWAYS AS (
        CASE language
            WHEN 'fr' THEN setweight(to_tsvector('portal_fr', title), 'A')
                || setweight(to_tsvector('portal_fr', description), 'B')
                || setweight(to_tsvector('portal_fr', portal_words(products)), 'A')
            ELSE setweight(to_tsvector('portal_en', title), 'A')
                || setweight(to_tsvector('portal_en', description), 'B')
                || setweight(to_tsvector('portal_en', portal_words(products)), 'A')
        END) STORED
);
CREATE INDEX resource_search ON resource USING gin (search) WHERE status = 'PUBLISHED';
CREATE INDEX resource_newest ON resource (published_on DESC, id) WHERE status = 'PUBLISHED';
CREATE INDEX resource_products ON resource USING gin (products) WHERE status = 'PUBLISHED';

-- Every download or opened link, by resource and company, for the dashboards.
CREATE TABLE resource_download (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_id    uuid NOT NULL REFERENCES resource (id),
    account_id     uuid NOT NULL,
    company_id     uuid,
    downloaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resource_download_by_resource ON resource_download (resource_id, downloaded_at);
CREATE INDEX resource_download_by_company ON resource_download (company_id, downloaded_at);
