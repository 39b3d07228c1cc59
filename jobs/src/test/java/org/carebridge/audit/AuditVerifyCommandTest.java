package org.carebridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.carebridge.cli.CarebridgeLauncher;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code ./carebridge audit verify} as an operator runs it: exit 0 on an intact chain, 1 naming the first break. */
class AuditVerifyCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run carebridge(String database, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=" + database;
        all[args.length + 1] = "--carebridge.data-dir=target/test-data";
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CarebridgeLauncher().run(all);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** A database that the command has created (Liquibase), holding three decisions. */
    private static JdbcTemplate trailOfThreeDecisions(String database) {
        assertThat(carebridge(database, "audit", "verify").exit()).isZero();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, "sa", ""));
        AuditTrail trail = new AuditTrail(jdbc, Clock.systemUTC());
        for (String caseId : new String[]{"H1", "H2", "H3"}) {
            trail.append(new AuditTrail.Record("lead.mh.south", "CLINICAL_LEAD", "HANDOVER_APPROVED", "HANDOVER",
                    caseId, null, "plan agreed with the client", null));
        }
        return jdbc;
    }

    @Test
    void anIntactTrailIsReportedWithItsSizeAndExitCodeZero() {
        String database = "jdbc:h2:mem:audit-verify-intact;DB_CLOSE_DELAY=-1";
        trailOfThreeDecisions(database);

        Run verify = carebridge(database, "audit", "verify");

        assertThat(verify.exit()).isEqualTo(CarebridgeLauncher.OK);
        assertThat(verify.out()).contains("Audit trail intact: 3 entries, each chained to the one before.");
    }

    @Test
    void anEditedEntryIsNamedOnOneLineWithExitCodeOne() {
        String database = "jdbc:h2:mem:audit-verify-edited;DB_CLOSE_DELAY=-1";
        trailOfThreeDecisions(database)
                .update("UPDATE audit_event SET reason = 'approved without a plan' WHERE event_id = 2");

        Run verify = carebridge(database, "audit", "verify");

        assertThat(verify.exit()).isEqualTo(CarebridgeLauncher.FAILED);
        assertThat(verify.err().strip()).isEqualTo("carebridge audit verify: audit trail broken after 2 entries checked:"
                + " entry 2 was changed after it was written (its hash no longer matches)");
    }
}
