package io.wirestream.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"22021", "22P02", "23502", "23503", "23505", "54000"})
    void dataTheDatabaseRefusesIsTheRecordsFault(String state) {
        assertThat(SqlErrors.isCausedByData(new SQLException("refused", state))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "40001", "40P01", "42P01", "53300", "57P01", "57P03"})
    void anUnavailableOrBrokenDatabaseIsNot(String state) {
        assertThat(SqlErrors.isCausedByData(new SQLException("unavailable", state))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "53300", "57014", "57P01", "57P03"})
    void noConnectionNoResourcesOrAServerShuttingDownIsUnavailability(String state) {
        assertThat(SqlErrors.isUnavailable(new SQLException("unavailable", state))).isTrue();
    }

    @Test
    void aPoolWithNoConnectionToGiveIsUnavailability() {
        assertThat(SqlErrors.isUnavailable(new SQLTransientConnectionException("Connection is not available"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22021", "23505", "42P01", "42703"})
    void aRefusedOrWrongQueryIsNot(String state) {
        assertThat(SqlErrors.isUnavailable(new SQLException("wrong", state))).isFalse();
    }

    @Test
    void anErrorWithoutStateIsNot() {
        assertThat(SqlErrors.isCausedByData(new SQLException("pool closed"))).isFalse();
    }

    @Test
    void aFailedJdbcBatchIsJudgedByTheStatementThatBrokeIt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 3 was aborted", null, 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(SqlErrors.isCausedByData(batch)).isTrue();
    }

    @Test
    void theDataErrorOfAFailedJdbcBatchIsTheStatementsNotTheBatchs() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
        SQLException statement = new SQLException("duplicate key", "23505");
        batch.setNextException(statement);

        assertThat(SqlErrors.dataError(batch)).containsSame(statement);
    }

    @Test
    void aFailedJdbcBatchIsSummedUpByTheStatementThatBrokeIt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 <unknown> was aborted", null, 0,
                new int[0]);
        batch.setNextException(new SQLException("FATAL: terminating connection", "57P01"));

        assertThat(SqlErrors.summary(batch)).isEqualTo("FATAL: terminating connection");
    }
}
