package org.carebridge.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.CarebridgeProcess.Finished;
import org.carebridge.testsupport.TinyDisk;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reconciliation whose report pack cannot be written (the reports folder's disk is full, or the folder cannot be
 * made) fails with one line that says why, exit 1, leaves no pack folder behind (neither one under its final name
 * nor a partial one) and records no reconciliation. Real processes on PostgreSQL; the full disk is a real 64 KiB
 * tmpfs mounted on the reports folder (the pack of this wave is about 136 KB).
 */
class ReportFolderFullTest {

    private static final String WAVE = WaveRunReference.WAVE;

    @Test
    void aReconciliationOnAFullDiskFailsWithOneClearLine_andLeavesNoPackFolder() throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_disk_full";
        reference.copyApproved(database);
        Path reports = reference.reports(database);

        long reconciliations = reconciliations(database);

        try (TinyDisk disk = TinyDisk.mount(reports, 64)) {
            Finished failed = reconcile(reference, database, reports);

            assertOneLineFailure(failed, "No space left on device");
            try (Stream<Path> left = Files.list(reports.resolve(WAVE))) {
                assertThat(left).as("no pack, not even a partial one").isEmpty();
            }
            assertNothingRecorded(database, reconciliations);
        }
    }

    @Test
    void aReconciliationWhoseReportsFolderCannotBeMadeFailsWithOneClearLine() throws Exception {
        WaveRunReference reference = WaveRunReference.get();
        String database = "carebridge_faults_reports_unwritable";
        reference.copyApproved(database);
        // root ignores permissions: a regular file where the reports folder should be is what stops root too
        Path notAFolder = Files.writeString(reference.work.resolve("reports-is-a-file"), "not a folder");
        long reconciliations = reconciliations(database);

        Finished failed = reconcile(reference, database, notAFolder);

        assertOneLineFailure(failed, notAFolder.toString());
        assertThat(notAFolder).hasContent("not a folder");
        assertNothingRecorded(database, reconciliations);
    }

    private static Finished reconcile(WaveRunReference reference, String database, Path reports) throws Exception {
        CarebridgeProcess carebridge = reference.application(WaveRunReference.SHARED_SERVER + database, database)
                .with("--carebridge.reconciliation.reports-folder=" + reports);
        return carebridge.runCapturing("reconcile", WAVE, "--as", "tester");
    }

    private static void assertOneLineFailure(Finished failed, String naming) {
        assertThat(failed.exitCode()).as("output: %s", failed.output()).isEqualTo(1);
        assertThat(failed.printedLines()).as("one line, no stack trace").singleElement().asString()
                .startsWith("carebridge reconcile: reconciliation of " + WAVE + " could not write its report pack")
                .contains(naming)
                .contains("no pack was published")
                .doesNotContain("\tat ");
    }

    private static long reconciliations(String database) {
        return WaveRunReference.jdbc(WaveRunReference.SHARED_SERVER + database)
                .queryForObject("SELECT COUNT(*) FROM reconciliation_run", Long.class);
    }

    private static void assertNothingRecorded(String database, long reconciliationsBefore) {
        JdbcTemplate jdbc = WaveRunReference.jdbc(WaveRunReference.SHARED_SERVER + database);
        assertThat(reconciliations(database)).as("no reconciliation recorded").isEqualTo(reconciliationsBefore);
        assertThat(jdbc.queryForObject("SELECT state FROM wave WHERE wave_code = ?", String.class, WAVE))
                .isEqualTo("APPROVED_FOR_CUTOVER");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recon_source_row", Long.class))
                .as("scratch rows cleared").isZero();
    }
}
