package org.carebridge.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates, before any test runs, the PostgreSQL databases that Spring test contexts name in their fixed URLs (a
 * context's properties are read before any test code could create them). A fresh machine has only {@code postgres}
 * and {@code test}. When PostgreSQL is not reachable nothing is done: the tests that need it fail with their own
 * connection error, which names the URL.
 */
public final class FixedTestDatabases implements LauncherSessionListener {

    static final List<String> NAMES = List.of("carebridge_test", "carebridge_waves_test", "carebridge_handovers_test",
            "carebridge_sweep_test");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = c.createStatement()) {
            for (String name : NAMES) {
                exists.setString(1, name);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            // Not reachable, or created by a parallel run meanwhile: see the class comment.
        }
    }
}
