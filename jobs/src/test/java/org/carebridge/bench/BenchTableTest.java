package org.carebridge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.cli.UserFacingException;
import org.carebridge.testsupport.TinyDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTableTest {

    @TempDir
    Path dir;

    private final List<BenchStage> stages = List.of(new BenchStage("stage, with a comma", 1_000_000, 8.0, 300L << 20,
            120L << 20), new BenchStage("W1 run", 0, 0.0, 0, -1));

    @Test
    void theCsvHasAHeaderAndOneQuotedRowPerStageWithRowsPerSecond() throws Exception {
        Path csv = dir.resolve("out/bench.csv");
        BenchTable.writeCsv(stages, csv);
        assertThat(Files.readAllLines(csv)).containsExactly(
                "stage,rows,seconds,rows_per_second,peak_heap_mib,heap_after_gc_mib",
                "\"stage, with a comma\",1000000,8.000,125000,300,120",
                "W1 run,0,0.000,0,0,");
    }

    @Test
    void onAFullDiskTheOlderCsvStaysWholeAndTheErrorIsOneLine() throws Exception {
        List<BenchStage> many = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> new BenchStage("stage " + i, i, 1.0, 0, -1)).toList();
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 64)) {
            Path csv = disk.root().resolve("bench.csv");
            BenchTable.writeCsv(stages, csv);
            List<String> older = Files.readAllLines(csv);

            assertThatThrownBy(() -> BenchTable.writeCsv(many, csv))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("No space left on device")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

            assertThat(Files.readAllLines(csv)).as("not truncated, not half-written").isEqualTo(older);
        }
    }

    @Test
    void theTableAlignsOneLinePerStageUnderItsHeader() {
        List<String> lines = BenchTable.lines(stages);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("1,000,000", "8.0", "125,000", "300", "120");
        assertThat(lines.get(2)).as("no collection ran in that stage").endsWith("–");
    }
}
