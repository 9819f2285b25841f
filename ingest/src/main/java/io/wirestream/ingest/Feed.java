package io.wirestream.ingest;

import io.wirestream.core.record.FeedItem;
import io.wirestream.core.record.FeedRef;
import java.util.List;

/**
 * A feed as read in one poll.
 *
 * @param ref   the feed's URL and title
 * @param items its items, in feed order
 * @param bytes the size of the document read
 */
record Feed(FeedRef ref, List<FeedItem> items, long bytes) {

    Feed {
        items = List.copyOf(items);
    }
}
