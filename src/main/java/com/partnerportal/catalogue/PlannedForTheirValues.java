package com.partnerportal.catalogue;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements PostgreSQL plans for the values of each execution. The driver prepares a statement on the
 * server after a few runs, and the server may then switch it to a generic plan, which cannot see the
 * values; here the driver never prepares them (its threshold 0), so every run is planned for its own.
 */
final class PlannedForTheirValues extends JdbcTemplate {

    PlannedForTheirValues(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
}
