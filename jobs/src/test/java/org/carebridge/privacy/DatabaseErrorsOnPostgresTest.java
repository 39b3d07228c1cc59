package org.carebridge.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A failed statement on PostgreSQL is logged with its stack trace (the launcher writes every unexpected failure to
 * the log file). PostgreSQL's error detail repeats the row's values ("Key (name)=(…) already exists", "Failing row
 * contains (…)"), so the application's connections ask the driver to leave it out. Its own database, dropped first.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=" + DatabaseErrorsOnPostgresTest.URL,
        "carebridge.data-dir=target/test-data"})
class DatabaseErrorsOnPostgresTest {

    static final String DATABASE = "carebridge_privacy_test";
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?reWriteBatchedInserts=true";
    private static final String NAME = "Zebedee Quillfeather";
    private static final String NHS_NUMBER = "9990001234";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void freshDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    /** Everything a log line with the failure's stack trace would hold. */
    private static String asLogged(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void aDuplicateKeyIsReportedWithoutTheKeysValue() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe_person (name VARCHAR(80) PRIMARY KEY, nhs_number CHAR(10) NOT NULL)");
        jdbc.update("INSERT INTO probe_person VALUES (?, ?)", NAME, NHS_NUMBER);

        Throwable failure = catchThrowable(() -> jdbc.update("INSERT INTO probe_person VALUES (?, ?)", NAME, NHS_NUMBER));

        assertThat(failure).isInstanceOf(DataAccessException.class);
        assertThat(asLogged(failure)).contains("probe_person_pkey").doesNotContain(NAME, NHS_NUMBER);
    }

    @Test
    void aRowBreakingAConstraintIsReportedWithoutTheRowsValues() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe_contact (name VARCHAR(80), nhs_number CHAR(10), postcode VARCHAR(8)"
                + " NOT NULL)");

        Throwable failure = catchThrowable(() -> jdbc.update(
                "INSERT INTO probe_contact (name, nhs_number, postcode) VALUES (?, ?, NULL)", NAME, NHS_NUMBER));

        assertThat(failure).isInstanceOf(DataAccessException.class);
        assertThat(asLogged(failure)).contains("postcode").doesNotContain(NAME, NHS_NUMBER);
    }

    @Test
    void aFailedBatchEntryIsReportedWithoutItsParameters() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe_batch (nhs_number CHAR(10) PRIMARY KEY, name VARCHAR(80))");

        Throwable failure = catchThrowable(() -> jdbc.batchUpdate("INSERT INTO probe_batch VALUES (?, ?)",
                java.util.List.of(new Object[]{NHS_NUMBER, NAME}, new Object[]{NHS_NUMBER, NAME})));

        assertThat(failure).isInstanceOf(DataAccessException.class);
        assertThat(asLogged(failure)).contains("probe_batch_pkey").doesNotContain(NAME, NHS_NUMBER);
    }
}
