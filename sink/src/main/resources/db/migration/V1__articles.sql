-- The enriched articles of news.articles.v1, their entities, mentions and quotes.
-- Offsets are named start_offset/end_offset because END is a reserved word in SQL.

CREATE TABLE articles (
    id                text        PRIMARY KEY,
    url               text        NOT NULL,
    canonical_url     text,
    source            text,
    title             text,
    authors           text[]      NOT NULL DEFAULT '{}',
    published_at      timestamptz,
    language          text,
    body              text,
    enriched_at       timestamptz,
    extractor_version text,
    -- 'simple' rather than a language's stemmer: feeds mix languages, and a wrong stemmer mangles words.
    -- The title weighs more than the body in ranking.
    search            tsvector    GENERATED ALWAYS AS (
                          setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                          || setweight(to_tsvector('simple', coalesce(body, '')), 'B')) STORED
);

CREATE INDEX articles_search ON articles USING gin (search);
-- Serves the newest-first listing of the API, in its exact order.
CREATE INDEX articles_newest ON articles (published_at DESC NULLS LAST, enriched_at DESC NULLS LAST, id);

-- One row per real-world thing, shared by every article that names it; the latest article's name wins.
CREATE TABLE entities (
    id   text PRIMARY KEY,
    name text NOT NULL,
    type text NOT NULL
);

-- Which entities an article names, how often and where first.
CREATE TABLE article_entities (
    article_id    text    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id     text    NOT NULL REFERENCES entities (id),
    mention_count integer NOT NULL,
    first_offset  integer,
    -- The other names this article used for the entity: they belong to the article, not to the entity.
    aliases       text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    article_id   text    NOT NULL,
    entity_id    text    NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text    NOT NULL,
    PRIMARY KEY (article_id, entity_id, start_offset),
    -- Through article_entities, so that a mention always belongs to an entity of its article.
    FOREIGN KEY (article_id, entity_id) REFERENCES article_entities (article_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE quotes (
    article_id        text        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- The quote's place in the article's list, which makes re-delivery an exact replacement.
    position          integer     NOT NULL,
    text              text        NOT NULL,
    start_offset      integer     NOT NULL,
    end_offset        integer     NOT NULL,
    kind              text        NOT NULL,
    cue               text,
    speaker_name      text,
    -- Not a foreign key: a speaker is named by the article, whether or not its entity was recognised.
    speaker_entity_id text,
    -- The article's, copied so that quotes can be listed by time without a join.
    published_at      timestamptz,
    PRIMARY KEY (article_id, position)
);

CREATE INDEX quotes_speaker ON quotes (speaker_entity_id, published_at DESC);
