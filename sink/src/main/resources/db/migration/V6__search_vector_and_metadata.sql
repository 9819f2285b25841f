-- The sink computes the full-text vector itself (io.wirestream.sink.search.SearchVector): PostgreSQL's
-- to_tsvector took most of the database's time per article, on the one server every sink instance shares.
-- Rows written before keep the vectors PostgreSQL computed: the same lower-case words, except that
-- PostgreSQL also indexed hyphenated compounds whole, so searches still find them.
ALTER TABLE articles ALTER COLUMN search DROP EXPRESSION;

-- The article metadata of the record contract that V1 did not store.
ALTER TABLE articles
    ADD COLUMN site_name   text,
    ADD COLUMN description text,
    ADD COLUMN updated_at  timestamptz,
    ADD COLUMN section     text,
    ADD COLUMN tags        text[] NOT NULL DEFAULT '{}',
    ADD COLUMN top_image   text;

-- The titles and roles the article gives an entity ("Admiral"): like aliases, they belong to the article.
ALTER TABLE article_entities ADD COLUMN roles text[] NOT NULL DEFAULT '{}';
