package com.partnerportal.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading a row's columns that may be null, for the stores' row mappers. */
public final class Rows {

    private Rows() {}

    /** The column's instant, or null where the column is null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
