package org.carebridge.database;

/**
 * A {@code COPY} the server refused, with its SQL state (so that a caller can tell a duplicate key from an outage)
 * and without the server's message, which quotes the offending row and may hold personal data.
 */
public class CopyFailedException extends IllegalStateException {

    /** SQL state of a unique or primary key violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private final String sqlState;

    CopyFailedException(String table, int rows, String sqlState) {
        super("writing " + rows + " rows to " + table + " failed (SQLState " + sqlState + ")");
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }

    public boolean uniqueViolation() {
        return UNIQUE_VIOLATION.equals(sqlState);
    }
}
