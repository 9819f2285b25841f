-- What the query API lists and filters by.

-- The time an article is listed at, newest first: when it was published or, when the page does not say,
-- when it was enriched (1970 when neither is known). One non-null column makes keyset (cursor) pagination
-- a plain row comparison.
ALTER TABLE articles ADD COLUMN listed_at timestamptz NOT NULL
    GENERATED ALWAYS AS (coalesce(published_at, enriched_at, timestamptz '1970-01-01 00:00:00+00')) STORED;

-- The order of GET /api/articles and the cursor that pages through it; also serves since/until.
CREATE INDEX articles_listed ON articles (listed_at DESC, id DESC);
CREATE INDEX articles_source_listed ON articles (source, listed_at DESC, id DESC);
-- V1's listing order, which the API no longer uses.
DROP INDEX articles_newest;

-- Quotes by speaker name, whatever its case, when the speaker has no entity id; and the quotes of a period.
CREATE INDEX quotes_speaker_name ON quotes (lower(speaker_name), published_at DESC);
CREATE INDEX quotes_published ON quotes (published_at DESC);

CREATE INDEX entities_type ON entities (type);
