package org.carebridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.ScratchDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code carebridge bench} end to end on real PostgreSQL, in its own JVM as an operator runs it: a small generated
 * dataset, every stage measured, the floor loading exactly the rows staging read, and a second run against the same
 * database refused because its waves are live.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchCommandOnPostgresTest {

    private static final String DATABASE = "carebridge_bench_test";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    private final Path work = Path.of("target", "bench-test", UUID.randomUUID().toString());
    private final Path csv = work.resolve("bench.csv");
    private CarebridgeProcess carebridge;
    private int exit;
    private Map<String, String[]> stages;

    @BeforeAll
    void runTheBenchmarkOnceOnAFreshDatabase() throws Exception {
        ScratchDatabase.recreate(DATABASE);
        carebridge = new CarebridgeProcess(URL, work.resolve("reports"), work.resolve("data"));
        exit = carebridge.run("bench", "--clients", "300", "--seed", "11", "--data", work.resolve("dataset").toString(),
                "--csv", csv.toString());
        stages = BenchCsv.stages(csv);
    }

    @Test
    void theBenchmarkSucceedsAndWritesEveryStageToCsv() {
        assertThat(exit).isZero();
        assertThat(stages.keySet()).contains("generate sources", "COPY floor (plain COPY of the same files)",
                "stage (parse, check, map, ledger)", "identity resolution", "W1-LD rehearse",
                "W1-LD run (cut over, reconcile)", "W2-ADULTS run (cut over, reconcile)", "W3-MH run (cut over, reconcile)",
                "W3-MH reconcile (again, on its own)");
    }

    @Test
    void theFloorCopiesEveryLineOfEveryDataFileAfterItsHeader() throws Exception {
        long lines = 0;
        for (Path file : CopyFloor.files(work.resolve("dataset"))) {
            try (var all = Files.lines(file, StandardCharsets.UTF_8)) {
                lines += all.count() - 1;
            }
        }
        assertThat(rows("COPY floor (plain COPY of the same files)")).isPositive().isEqualTo(lines);
    }

    @Test
    void stagingReadsEveryRecordTheLedgerKnows() {
        long staged = rows("stage (parse, check, map, ledger)");
        assertThat(staged).isPositive().isLessThanOrEqualTo(rows("COPY floor (plain COPY of the same files)"));
    }

    @Test
    void everyWaveLoadsRowsAndItsRowsPerSecondFollowFromRowsAndSeconds() {
        for (String wave : List.of("W1-LD", "W2-ADULTS", "W3-MH")) {
            String[] run = stages.get(wave + " run (cut over, reconcile)");
            assertThat(Long.parseLong(run[1])).as(wave).isPositive();
            assertThat(Double.parseDouble(run[3]))
                    .isCloseTo(Long.parseLong(run[1]) / Double.parseDouble(run[2]), org.assertj.core.data.Percentage.withPercentage(1));
            assertThat(Long.parseLong(run[4])).as("peak heap MiB").isPositive();
        }
    }

    @Test
    void theFloorLeavesNothingBehind() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'bench_floor'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aSecondRunOnTheSameDatabaseIsRefusedBecauseItsWavesAreLive() throws Exception {
        assertThat(carebridge.run("bench", "--clients", "300", "--seed", "11", "--data",
                work.resolve("dataset").toString(), "--csv", work.resolve("again.csv").toString())).isEqualTo(1);
        assertThat(work.resolve("again.csv")).doesNotExist();
    }

    private long rows(String stage) {
        return Long.parseLong(stages.get(stage)[1]);
    }
}
