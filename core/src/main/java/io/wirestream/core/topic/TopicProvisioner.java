package io.wirestream.core.topic;

import io.wirestream.core.config.CoreConfig;
import io.wirestream.core.config.WirestreamConfig;
import io.wirestream.core.kafka.KafkaSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service needs when they do not exist yet, so that a fresh cluster works without
 * a separate set-up step. Existing topics are left as they are: their operators own them.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final int partitions;
    private final short replicationFactor;

    /**
     * @param admin             the admin client to create topics with
     * @param partitions        partitions of each new topic
     * @param replicationFactor replication factor of each new topic, or -1 for the broker's default
     */
    public TopicProvisioner(Admin admin, int partitions, short replicationFactor) {
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /**
     * Creates those of {@code topics} that are missing, with the partitions and replication factor of
     * {@code kafka.topic.partitions} and {@code kafka.topic.replication.factor}.
     */
    public static void provision(WirestreamConfig config, KafkaSettings kafka, Collection<Topic> topics) {
        try (Admin admin = Admin.create(kafka.common())) {
            new TopicProvisioner(admin, config.get(CoreConfig.KAFKA_TOPIC_PARTITIONS),
                    config.get(CoreConfig.KAFKA_TOPIC_REPLICATION_FACTOR).shortValue()).ensure(topics);
        }
    }

    /** Creates those of {@code topics} that are missing and waits until the broker has them. */
    public void ensure(Collection<Topic> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), Optional.of(partitions), Optional.of(replicationFactor))
                            .configs(topic.configs()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + topics + ": " + e.getMessage(), e);
        }
    }
}
