package org.carebridge.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Lets one process at a time change the schema of a PostgreSQL database that several share (a manager and its
 * workers): a session advisory lock, held on a connection of its own until {@link #close}. Processes started together
 * against a new database otherwise create Liquibase's own tables at the same moment, and all but one fail
 * ({@code duplicate key value violates unique constraint "pg_type_typname_nsp_index"}): Liquibase's lock table
 * guards the changes, not its own creation. Other databases are not shared between processes here: nothing is held.
 */
public final class MigrationLock implements AutoCloseable {

    /** The lock's key, shared by every Carebridge process: "CBSCHEMA" in ASCII. */
    private static final long KEY = 0x4342534348454D41L;

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other process migrates, then holds the lock. */
    public static MigrationLock acquire(DataSource dataSource) {
        if (!DatabaseProduct.of(dataSource).isPostgres()) {
            return new MigrationLock(null);
        }
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                return new MigrationLock(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the schema migration lock (SQLState " + e.getSQLState() + ")",
                    e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // Closing the connection ends the session, which releases the lock anyway.
        }
    }
}
