package io.wirestream.sink.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** The {@code sink_positions} rows of one consumer group: how far it has written each partition. */
final class PositionRows {

    private static final String SELECT = """
            SELECT topic, partition, next_offset FROM sink_positions
            WHERE group_id = ? AND topic = ANY (?) AND partition = ANY (?) AND next_offset IS NOT NULL""";
    private static final String INSERT_MISSING = """
            INSERT INTO sink_positions (group_id, topic, partition) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";
    // Ordered so that two writers of the same partitions lock them in one order and cannot deadlock.
    private static final String LOCK = """
            SELECT topic, partition, next_offset FROM sink_positions
            WHERE group_id = ? AND topic = ANY (?) AND partition = ANY (?)
            ORDER BY topic, partition FOR UPDATE""";
    private static final String UPDATE = """
            UPDATE sink_positions SET next_offset = ?, updated_at = now()
            WHERE group_id = ? AND topic = ? AND partition = ?""";

    private final String groupId;

    PositionRows(String groupId) {
        this.groupId = groupId;
    }

    /** The positions held for {@code partitions}, leaving out those with none. */
    Map<TopicPartition, Long> read(Connection connection, Collection<TopicPartition> partitions) throws SQLException {
        return select(connection, SELECT, partitions);
    }

    /**
     * Locks the rows of {@code partitions} until the transaction ends, creating those missing, and returns
     * their positions. A second writer of the same partitions (a consumer that has not yet noticed that its
     * partitions were taken away) waits here, then sees the positions this transaction leaves.
     */
    Map<TopicPartition, Long> lock(Connection connection, Collection<TopicPartition> partitions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MISSING)) {
            for (TopicPartition partition : sorted(partitions)) {
                insert.setString(1, groupId);
                insert.setString(2, partition.topic());
                insert.setInt(3, partition.partition());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return select(connection, LOCK, partitions);
    }

    /** Sets the positions of {@code positions}' partitions, whose rows {@link #lock} has locked. */
    void update(Connection connection, Map<TopicPartition, Long> positions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (TopicPartition partition : sorted(positions.keySet())) {
                update.setLong(1, positions.get(partition));
                update.setString(2, groupId);
                update.setString(3, partition.topic());
                update.setInt(4, partition.partition());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private Map<TopicPartition, Long> select(Connection connection, String sql, Collection<TopicPartition> partitions)
            throws SQLException {
        Map<TopicPartition, Long> positions = new HashMap<>();
        if (partitions.isEmpty()) {
            return positions;
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            Array topics = connection.createArrayOf("text", partitions.stream().map(TopicPartition::topic).distinct()
                    .toArray());
            Array numbers = connection.createArrayOf("integer", partitions.stream().map(TopicPartition::partition)
                    .distinct().toArray());
            query.setString(1, groupId);
            query.setArray(2, topics);
            query.setArray(3, numbers);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    TopicPartition partition = new TopicPartition(rows.getString("topic"), rows.getInt("partition"));
                    long next = rows.getLong("next_offset");
                    // The query matches topics and partition numbers separately: keep only those asked for.
                    if (!rows.wasNull() && partitions.contains(partition)) {
                        positions.put(partition, next);
                    }
                }
            }
        }
        return positions;
    }

    private static List<TopicPartition> sorted(Collection<TopicPartition> partitions) {
        List<TopicPartition> list = new ArrayList<>(partitions);
        list.sort((a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition())
                : a.topic().compareTo(b.topic()));
        return list;
    }
}
