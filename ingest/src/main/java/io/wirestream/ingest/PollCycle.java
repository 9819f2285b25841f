package io.wirestream.ingest;

import io.wirestream.core.ops.Health;
import java.time.Instant;

/**
 * What one poll cycle did.
 *
 * @param finishedAt   when it ended
 * @param feedsRead    feeds fetched and parsed
 * @param feedsFailed  feeds that could not be (retried next cycle)
 * @param published    pages published
 * @param deadLettered items dead-lettered
 * @param skipped      items skipped: already published, already dead-lettered, or without a link
 * @param kafkaFailure why Kafka could not take records, which stopped the cycle early, or null
 */
record PollCycle(Instant finishedAt, int feedsRead, int feedsFailed, int published, int deadLettered, int skipped,
                 String kafkaFailure) {

    /** The service's health after this cycle: down when Kafka failed it. */
    Health health() {
        return kafkaFailure != null ? Health.down("Cannot write to Kafka: " + kafkaFailure) : Health.up(summary());
    }

    /** A line for logs and the health detail. */
    String summary() {
        return "Poll cycle finished at " + finishedAt + ": " + feedsRead + " of " + (feedsRead + feedsFailed)
                + " feeds read; " + published + " pages published, " + deadLettered + " dead-lettered, " + skipped
                + " items skipped";
    }
}
