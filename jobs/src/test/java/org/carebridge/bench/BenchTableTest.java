package org.carebridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTableTest {

    @TempDir
    Path dir;

    private final List<BenchStage> stages = List.of(new BenchStage("stage, with a comma", 1_000_000, 8.0, 300L << 20),
            new BenchStage("W1 run", 0, 0.0, 0));

    @Test
    void theCsvHasAHeaderAndOneQuotedRowPerStageWithRowsPerSecond() throws Exception {
        Path csv = dir.resolve("out/bench.csv");
        BenchTable.writeCsv(stages, csv);
        assertThat(Files.readAllLines(csv)).containsExactly(
                "stage,rows,seconds,rows_per_second,peak_heap_mib",
                "\"stage, with a comma\",1000000,8.000,125000,300",
                "W1 run,0,0.000,0,0");
    }

    @Test
    void theTableAlignsOneLinePerStageUnderItsHeader() {
        List<String> lines = BenchTable.lines(stages);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("1,000,000", "8.0", "125,000", "300");
    }
}
