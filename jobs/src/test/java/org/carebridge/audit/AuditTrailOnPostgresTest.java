package org.carebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the audit trail cannot be rewritten: not by this machine's superuser connection (the trigger of
 * changelog 011 refuses UPDATE, DELETE and TRUNCATE of audit_event), and not by the application's own role
 * ({@code carebridge.database.app-role}), whose privileges Liquibase takes back even after a careless
 * "grant everything" default. Appending and verifying go on working. Its own database, dropped first, with the
 * schema made by Liquibase as the application starts.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=" + AuditTrailOnPostgresTest.URL,
        "carebridge.data-dir=target/test-data",
        "carebridge.database.app-role=" + AuditTrailOnPostgresTest.APP_ROLE})
class AuditTrailOnPostgresTest {

    static final String DATABASE = "carebridge_audit_test";
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    static final String APP_ROLE = "carebridge_audit_test_app";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    /** Runs before the Spring context starts, so Liquibase builds the schema in the database made here. */
    @BeforeAll
    static void freshDatabaseWhoseApplicationRoleIsGrantedEverythingByDefault() throws Exception {
        try (Connection admin = DriverManager.getConnection(SERVER, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("DROP ROLE IF EXISTS " + APP_ROLE);
            sql.execute("CREATE ROLE " + APP_ROLE + " LOGIN");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection owner = DriverManager.getConnection(URL, "postgres", "");
             Statement sql = owner.createStatement()) {
            sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO " + APP_ROLE);
        }
    }

    @AfterAll
    static void dropTheApplicationRole() throws Exception {
        try (Connection owner = DriverManager.getConnection(URL, "postgres", "");
             Statement sql = owner.createStatement()) {
            sql.execute("DROP OWNED BY " + APP_ROLE);
        }
        try (Connection admin = DriverManager.getConnection(SERVER, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP ROLE IF EXISTS " + APP_ROLE);
        }
    }

    private AuditEntry append(String caseId) {
        return trail.append(new AuditTrail.Record("lead.mh.north", "CLINICAL_LEAD", "HANDOVER_APPROVED", "HANDOVER",
                caseId, null, "plan reviewed with the team", null));
    }

    @Test
    void theSuperuserConnectionCannotUpdateAnAuditEntry() {
        AuditEntry entry = append("H-UPDATE");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'someone.else' WHERE event_id = ?",
                entry.eventId()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: UPDATE refused");
        assertThat(trail.about("HANDOVER", "H-UPDATE")).extracting(AuditEntry::actor).containsExactly("lead.mh.north");
    }

    @Test
    void theSuperuserConnectionCannotDeleteAnAuditEntry() {
        AuditEntry entry = append("H-DELETE");

        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE event_id = ?", entry.eventId()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: DELETE refused");
        assertThat(trail.about("HANDOVER", "H-DELETE")).hasSize(1);
    }

    @Test
    void theSuperuserConnectionCannotTruncateTheAuditTrail() {
        append("H-TRUNCATE");

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE TABLE audit_event"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: TRUNCATE refused");
        assertThat(trail.about("HANDOVER", "H-TRUNCATE")).hasSize(1);
    }

    @Test
    void appendingMovesTheHeadOnAndTheChainStillVerifies() {
        AuditEntry first = append("H-APPEND-1");
        AuditEntry second = append("H-APPEND-2");

        assertThat(second.eventId()).isEqualTo(first.eventId() + 1);
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1", String.class))
                .isEqualTo(second.entryHash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void liquibaseTookUpdateDeleteAndTruncateOnTheTrailBackFromTheApplicationRole() {
        for (String privilege : new String[]{"UPDATE", "DELETE", "TRUNCATE"}) {
            assertThat(jdbc.queryForObject("SELECT has_table_privilege(?, 'audit_event', ?)", Boolean.class,
                    APP_ROLE, privilege)).as(privilege).isFalse();
        }
        assertThat(jdbc.queryForObject("SELECT has_table_privilege(?, 'audit_event', 'INSERT, SELECT')", Boolean.class,
                APP_ROLE)).isTrue();
        assertThat(jdbc.queryForObject("SELECT has_table_privilege(?, 'audit_head', 'UPDATE')", Boolean.class,
                APP_ROLE)).as("the chain's head must stay writable").isTrue();
    }

    @Test
    void theApplicationRoleAppendsAndVerifiesButIsRefusedARewriteByPostgresql() {
        try (SingleConnectionDataSource asApplication = new SingleConnectionDataSource(URL, APP_ROLE, "", true)) {
            asApplication.setAutoCommit(false);
            JdbcTemplate application = new JdbcTemplate(asApplication);
            AuditTrail trailAsApplication = new AuditTrail(application, Clock.systemUTC());
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(asApplication));

            AuditEntry entry = transaction.execute(status -> trailAsApplication.append(new AuditTrail.Record(
                    "demo.board", "GOVERNANCE", "WAVE_SIGNED_OFF", "WAVE", "W-APP-ROLE", null, "pack reviewed", null)));

            assertThat(trailAsApplication.verify().intact()).isTrue();
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> application.update(
                    "DELETE FROM audit_event WHERE event_id = ?", entry.eventId())))
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied for table audit_event");
            assertThat(trail.about("WAVE", "W-APP-ROLE")).hasSize(1);
        }
    }
}
