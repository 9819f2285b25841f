package io.wirestream.core.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (combined broker and KRaft controller) running in this JVM, built from
 * Kafka's own server artifacts. It keeps its log under a data folder, so a second start finds the
 * topics, records and committed offsets of the first.
 *
 * <p>It is the default of {@code wirestream run} and the broker of the tests. It is not a production
 * deployment: there is one replica of everything.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats {@code logDir} if it is new and starts the broker on it.
     *
     * @param logDir the folder that holds the broker's log and metadata
     * @param port   the client port on 127.0.0.1, or 0 for any free port
     * @return the running broker; close it to stop it
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port) {
        long began = System.nanoTime();
        int brokerPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        String dir = logDir.toAbsolutePath().toString();
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setNodeId(NODE_ID)
                        .setClusterId(Uuid.randomUuid().toString())
                        .addDirectory(dir)
                        .setMetadataLogDirectory(dir)
                        .setControllerListenerName(CONTROLLER_LISTENER)
                        .setReleaseVersion(MetadataVersion.latestProduction())
                        .run();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the embedded broker's log folder " + dir + ": "
                    + e.getMessage(), e);
        }
        KafkaRaftServer server = new KafkaRaftServer(
                KafkaConfig.fromProps(config(dir, brokerPort, controllerPort), false), Time.SYSTEM);
        server.startup();
        String bootstrap = "127.0.0.1:" + brokerPort;
        log.info("Embedded Kafka broker listening on {} with its log in {} (started in {} ms)", bootstrap, dir,
                (System.nanoTime() - began) / 1_000_000);
        return new EmbeddedKafkaBroker(server, bootstrap);
    }

    private static Properties config(String dir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:"
                + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir);
        p.put("metadata.log.dir", dir);
        // One node: every internal topic has a single replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Nobody else joins a group on a single local node, so waiting for them only delays the first poll.
        p.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MiB cleaner buffer is the bulk of an embedded broker's heap.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        return p;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded broker", e);
        }
    }

    /** The address clients connect to, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and waits until it has flushed its log. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Embedded Kafka broker on {} stopped", bootstrapServers);
    }
}
