package org.carebridge.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database Carebridge is talking to. PostgreSQL (production) gets COPY, planner statistics and its own
 * sequences; everything else (H2, the embedded default) gets portable JDBC.
 */
public enum DatabaseProduct {
    POSTGRESQL, OTHER;

    public static DatabaseProduct of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? POSTGRESQL : OTHER;
        } catch (SQLException e) {
            // The SQL state only: a driver's message can echo the connection string.
            throw new IllegalStateException("cannot reach the Carebridge database (SQLState " + e.getSQLState() + ")");
        }
    }

    public boolean isPostgres() {
        return this == POSTGRESQL;
    }
}
