-- Entity links and quotes lose their foreign keys. Their integrity checks, one trigger call per row, took
-- half the time of loading them (26 links and 13 quotes an article); the sink keeps the same guarantees
-- itself: it writes an article's links and quotes only in the transaction that writes the article, after
-- the entities they name, and deletes them with it.
ALTER TABLE article_entities DROP CONSTRAINT article_entities_article_id_fkey;
ALTER TABLE article_entities DROP CONSTRAINT article_entities_entity_id_fkey;
ALTER TABLE quotes DROP CONSTRAINT quotes_article_id_fkey;
