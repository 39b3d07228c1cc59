package org.carebridge.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A test's own database on the PostgreSQL 15 at 127.0.0.1:5432 (trust authentication, user postgres). */
public final class ScratchDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private ScratchDatabase() {
    }

    /** Drops {@code name} (closing its connections) and creates it empty. */
    public static void recreate(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = c.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
    }

    public static String url(String name) {
        return SERVER + name;
    }

    public static JdbcTemplate jdbc(String name) {
        return new JdbcTemplate(new DriverManagerDataSource(url(name), "postgres", ""));
    }
}
