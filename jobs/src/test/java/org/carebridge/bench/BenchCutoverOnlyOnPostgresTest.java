package org.carebridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.carebridge.testsupport.CarebridgeProcess;
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
    private final Map<String, String[]> stages = new LinkedHashMap<>();

    @BeforeAll
    void runTheCutoverOnlyBenchmarkOnAFreshDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        Path csv = work.resolve("bench.csv");
        exit = new CarebridgeProcess(URL, work.resolve("reports"), work.resolve("data")).run("bench", "--clients", "300",
                "--seed", "11", "--data", work.resolve("dataset").toString(), "--csv", csv.toString(), "--cutover-only");
        if (Files.exists(csv)) {
            try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
                reader.readNext();
                for (String[] row; (row = reader.readNext()) != null; ) {
                    stages.put(row[0], row);
                }
            }
        }
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
        assertThat(stages.values()).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(stages.values()).anySatisfy(row -> assertThat(Long.parseLong(row[5])).isPositive());
    }
}
