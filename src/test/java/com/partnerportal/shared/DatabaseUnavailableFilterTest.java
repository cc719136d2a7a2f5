package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** R8.4: which failures mean "the database cannot be reached" (503) and which are bugs (500). */
class DatabaseUnavailableFilterTest {

    static Stream<Arguments> failures() {
        var closed = new SQLException("Connection is closed");
        var rollbackFailed = new TransactionSystemException("JDBC rollback failed", closed);
        return Stream.of(
                Arguments.of("pool timed out", new SQLTransientConnectionException("timeout"), true),
                Arguments.of(
                        "no connection",
                        new CannotGetJdbcConnectionException("x", new SQLException("refused", "08001")),
                        true),
                Arguments.of("I/O error", new RuntimeException(new SQLException("I/O error", "08006")), true),
                Arguments.of("admin shutdown", new SQLException("terminating connection", "57P01"), true),
                Arguments.of("resource failure", new DataAccessResourceFailureException("x"), true),
                Arguments.of("no transaction", new CannotCreateTransactionException("x"), true),
                Arguments.of("rollback failed on its connection", rollbackFailed, true),
                Arguments.of("connection closed", new IllegalStateException(closed), true),
                Arguments.of(
                        "a constraint",
                        new DataIntegrityViolationException("dup", new SQLException("dup", "23505")),
                        false),
                Arguments.of("syntax", new SQLException("syntax", "42601"), false),
                Arguments.of("a bug", new NullPointerException(), false),
                Arguments.of("rollback failed otherwise", new TransactionSystemException("x"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsAnOutageFromABug(String what, Throwable failure, boolean unreachable) {
        assertThat(DatabaseUnavailableFilter.databaseUnreachable(failure)).isEqualTo(unreachable);
    }
}
