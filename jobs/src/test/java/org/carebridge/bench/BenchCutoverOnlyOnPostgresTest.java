package org.carebridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.ScratchDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code carebridge bench --cutover-only} on real PostgreSQL: every wave is rehearsed and cut over, but no handover is
 * proposed (the gate is overridden, on the audited record, as a benchmark) and nothing is reconciled a second time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchCutoverOnlyOnPostgresTest {

    private static final String DATABASE = "carebridge_bench_cutover_test";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    private final Path work = Path.of("target", "bench-test", UUID.randomUUID().toString());
    private int exit;
    private Map<String, String[]> stages;

    @BeforeAll
    void runTheCutoverOnlyBenchmarkOnAFreshDatabase() throws Exception {
        ScratchDatabase.recreate(DATABASE);
        Path csv = work.resolve("bench.csv");
        exit = new CarebridgeProcess(URL, work.resolve("reports"), work.resolve("data")).run("bench", "--clients", "300",
                "--seed", "11", "--data", work.resolve("dataset").toString(), "--csv", csv.toString(), "--cutover-only");
        stages = BenchCsv.stages(csv);
    }

    @Test
    void everyWaveIsRehearsedAndCutOverWithoutHandoverProposalsOrASecondReconciliation() {
        assertThat(exit).isZero();
        assertThat(stages.keySet()).contains("stage (parse, check, map, ledger)", "identity resolution",
                "W1-LD rehearse", "W1-LD run (cut over, reconcile)", "W2-ADULTS run (cut over, reconcile)",
                "W3-MH run (cut over, reconcile)");
        assertThat(stages.keySet()).noneMatch(stage -> stage.contains("handovers") || stage.contains("again"));
    }

    @Test
    void theHandoverGateIsOverriddenOnTheRecordAsABenchmark() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT reason FROM gate_override"
                     + " WHERE wave_code = 'W3-MH' AND gate = 'HANDOVER_NOT_APPROVED'")) {
            assertThat(rs.next()).as("W3's long-standing clients had no proposals, so the gate was closed").isTrue();
            assertThat(rs.getString(1)).startsWith("BENCHMARK");
        }
    }

    @Test
    void everyStageThatCollectedGarbageReportsTheHeapLeftAfterwards() {
        assertThat(stages.values()).allSatisfy(row -> assertThat(row).hasSize(6))
                .allSatisfy(row -> assertThat(row[5]).as("MiB after GC, or empty when none ran").matches("|[0-9]+"))
                .anySatisfy(row -> assertThat(row[5]).matches("[1-9][0-9]*"));
    }
}
