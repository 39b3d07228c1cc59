package org.carebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hash chain names the first entry that was changed, removed or forged. On H2 (this test) nothing stops a
 * connection from rewriting audit rows, so the chain is what detects it; on PostgreSQL the rewrite itself is refused
 * ({@link AuditTrailOnPostgresTest}).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpringLiquibase liquibase;

    /** A new database for each test: the trail is never emptied by deleting rows, not even in a test. */
    @BeforeEach
    void freshDatabaseWithFourEntries() throws Exception {
        jdbc.execute("DROP ALL OBJECTS");
        liquibase.afterPropertiesSet();
        for (int i = 1; i <= 4; i++) {
            trail.append(new AuditTrail.Record("lead.mh.north", "CLINICAL_LEAD", "HANDOVER_APPROVED", "HANDOVER",
                    "H" + i, null, "plan reviewed with the team", null));
        }
    }

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        var entries = trail.latest(4);

        assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).entryHash());
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().entriesChecked()).isEqualTo(4);
    }

    @Test
    void anEditedEntryIsNamed() {
        jdbc.update("UPDATE audit_event SET actor = 'someone.else' WHERE event_id = 2");

        assertThat(trail.verify().firstBroken()).contains("entry 2 was changed after it was written (its hash no longer matches)");
    }

    @Test
    void aRemovedEntryIsNamed() {
        jdbc.update("DELETE FROM audit_event WHERE event_id = 3");

        assertThat(trail.verify().firstBroken()).contains("entry 3 is missing (next present entry is 4)");
    }

    @Test
    void removingTheLatestEntriesIsDetected() {
        jdbc.update("DELETE FROM audit_event WHERE event_id = 4");

        assertThat(trail.verify().firstBroken()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the chain ends at entry 3 but entries up to 4 were written"));
    }

    @Test
    void aRewrittenEntryWithARecomputedHashStillBreaksTheNextLink() {
        AuditEntry second = trail.about("HANDOVER", "H2").get(0);
        AuditEntry forged = new AuditEntry(second.eventId(), second.occurredAt(), "forger", second.actorRole(),
                second.action(), second.subjectType(), second.subjectId(), null, second.reason(), null,
                second.previousHash(), null);
        jdbc.update("UPDATE audit_event SET actor = 'forger', entry_hash = ? WHERE event_id = 2", AuditTrail.hash(forged));

        assertThat(trail.verify().firstBroken()).contains("entry 3 does not follow the entry before it (previous hash differs)");
    }
}
