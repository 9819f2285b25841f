-- How far each consumer group has consumed each partition of news.articles.v1, written in the same
-- transaction as the rows: the sink starts each partition it is assigned here, which makes delivery
-- effectively exactly once.
CREATE TABLE sink_positions (
    group_id    text        NOT NULL,
    topic       text        NOT NULL,
    partition   integer     NOT NULL,
    -- The offset of the next record to read; null until the first batch of the partition is committed.
    next_offset bigint,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, topic, partition)
);
