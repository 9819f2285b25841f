package io.wirestream.sink;

import io.wirestream.core.record.Article;
import io.wirestream.core.serde.WirestreamSerdes;
import io.wirestream.sink.store.ArticleChange;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns a record of {@code news.articles.v1} into the change it asks for. Decoding happens here rather than
 * in the consumer so that a record that cannot be decoded is one bad record, not a consumer that stops.
 */
final class ArticleRecordDecoder {

    private final Deserializer<Article> deserializer = WirestreamSerdes.article().deserializer();

    /**
     * The change {@code record} asks for: a tombstone deletes the article of its key, any other value writes
     * the article it holds.
     *
     * @throws RuntimeException when the value is not an article, or not the one its key names
     */
    ArticleChange decode(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() == null) {
                throw new IllegalArgumentException("A tombstone without a key names no article to delete");
            }
            return ArticleChange.delete(record.key());
        }
        Article article = deserializer.deserialize(record.topic(), record.headers(), record.value());
        if (article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("The article has no id");
        }
        // The key is what compaction and tombstones go by: an article under another key could never be deleted.
        if (!article.id().equals(record.key())) {
            throw new IllegalArgumentException("The article id '" + article.id() + "' is not the record key '"
                    + record.key() + "'");
        }
        return ArticleChange.upsert(article);
    }
}
