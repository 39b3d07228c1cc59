package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carebridge.cli.UserFacingException;
import org.carebridge.testsupport.TinyDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The staging data-quality report appears whole or not at all: a full disk leaves nothing under its name. */
class QualityReportWriterTest {

    @TempDir
    Path dir;

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:quality-report-writer;DB_CLOSE_DELAY=-1", "sa", ""));

    @BeforeEach
    void findings() {
        jdbc.execute("DROP TABLE IF EXISTS dq_finding");
        jdbc.execute("CREATE TABLE dq_finding (source_system VARCHAR(10), source_table VARCHAR(40), source_key"
                + " VARCHAR(120), source_line BIGINT, column_name VARCHAR(60), rule_id VARCHAR(40), severity VARCHAR(10),"
                + " message VARCHAR(500), row_no BIGINT, seq INT)");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 3_000; i++) {
            rows.add(new Object[]{"COUNCIL", "CLIENTS", "client " + i, i + 1L, "POSTCODE", "DQ-POSTCODE", "WARN",
                    "postcode is not a valid UK postcode", (long) i, 1});
        }
        jdbc.batchUpdate("INSERT INTO dq_finding VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Test
    void aReportThatFitsIsWrittenUnderItsRunFolder() throws Exception {
        Path folder = new QualityReportWriter(jdbc).write(dir.resolve("staging/run-3"), "v1");

        assertThat(entries(folder)).containsExactly("dq-exceptions.csv", "dq-summary.csv");
        assertThat(Files.readAllLines(folder.resolve("dq-exceptions.csv"))).hasSize(3_001);
        assertThat(entries(dir.resolve("staging"))).containsExactly("run-3");
    }

    @Test
    void onAFullDiskTheErrorIsOneClearLine_andNoReportFolderOrTemporaryFolderIsLeft() throws Exception {
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 64)) {
            Path folder = disk.root().resolve("staging").resolve("run-3");

            assertThatThrownBy(() -> new QualityReportWriter(jdbc).write(folder, "v1"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("cannot write the data-quality report to " + folder)
                    .hasMessageContaining("No space left on device")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

            assertThat(entries(disk.root().resolve("staging"))).isEmpty();
        }
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
