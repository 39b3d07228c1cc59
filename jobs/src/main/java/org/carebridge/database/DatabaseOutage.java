package org.carebridge.database;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a lost or refused database connection from other failures, so that an operator reads "lost the connection
 * to the database" instead of whichever wrapper the failure surfaced through ({@code ItemStreamException: Failed
 * to close 1 delegate(s)}, {@code SQLException: Connection is closed}). What it names is a SQLState and the
 * driver's message, which hold no row values.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** A one-line description when {@code failure} (or a cause or suppressed exception of it) is a connection loss. */
    public static Optional<String> describe(Throwable failure) {
        return find(failure, new IdentityHashMap<>()).map(DatabaseOutage::line);
    }

    private static Optional<Throwable> find(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return Optional.empty();
        }
        if (isConnectionLoss(t)) {
            return Optional.of(t);
        }
        for (Throwable suppressed : t.getSuppressed()) {
            Optional<Throwable> found = find(suppressed, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(t.getCause(), seen);
    }

    private static boolean isConnectionLoss(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-57P03: the server shut down or is starting up
            return state.startsWith("08") || state.startsWith("57P0");
        }
        if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
            return true; // HikariCP: a pooled connection the server already dropped
        }
        return t instanceof ConnectException || t instanceof SocketException || t instanceof EOFException;
    }

    private static String line(Throwable t) {
        String state = t instanceof SQLException sql && sql.getSQLState() != null ? "SQLState " + sql.getSQLState()
                + ": " : "";
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : firstLine(t.getMessage());
        return "lost the connection to the database (" + state + message + ")";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
