-- Mentions become arrays of their article_entities row rather than rows of their own: an article names
-- some 25 entities some 60 times, and one row per entity instead of one per mention makes writing an
-- article several times cheaper. The spans are in start order; the API rebuilds the record contract's
-- mentions from them.
ALTER TABLE article_entities
    ADD COLUMN mention_starts integer[] NOT NULL DEFAULT '{}',
    ADD COLUMN mention_ends   integer[] NOT NULL DEFAULT '{}',
    ADD COLUMN mention_texts  text[]    NOT NULL DEFAULT '{}';

UPDATE article_entities ae
SET mention_starts = m.starts, mention_ends = m.ends, mention_texts = m.texts
FROM (SELECT article_id, entity_id,
             array_agg(start_offset ORDER BY start_offset) AS starts,
             array_agg(end_offset ORDER BY start_offset) AS ends,
             array_agg(text ORDER BY start_offset) AS texts
      FROM mentions GROUP BY article_id, entity_id) m
WHERE m.article_id = ae.article_id AND m.entity_id = ae.entity_id;

DROP TABLE mentions;
