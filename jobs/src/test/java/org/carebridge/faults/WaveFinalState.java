package org.carebridge.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carebridge.legacy.SourceTable;
import org.carebridge.merged.ModelChecksum;
import org.carebridge.reconciliation.report.ReportPackReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a wave ended, in the terms a restart must reproduce exactly: the live merged model's checksums, the latest
 * staging ledger (per table: read, staged, quarantined, balanced) and a checksum of every staged and quarantined row,
 * the wave's state, and the latest live reconciliation's headline with its report figures ({@code summary.csv}) and
 * exceptions ({@code exceptions.csv}) byte for byte. Run ids, times and the pack's folder name are left out: they
 * differ between any two runs.
 */
record WaveFinalState(String waveState, Map<String, String> mergedModel, List<String> ledger,
                      Map<String, String> stagedRows, String reconciliationHeadline, String reportFigures,
                      String reportExceptions, long runLocksHeld) {

    static WaveFinalState read(JdbcTemplate jdbc, String wave) throws IOException {
        String state = jdbc.queryForObject("SELECT state FROM wave WHERE wave_code = ?", String.class, wave);
        Long stagingRun = jdbc.queryForObject("SELECT MAX(run_id) FROM staging_run", Long.class);
        List<String> ledger = jdbc.query("SELECT source_table, rows_read, rows_staged, rows_quarantined, balanced"
                        + " FROM staging_ledger WHERE run_id = ? ORDER BY source_table",
                (rs, i) -> rs.getString(1) + " read=" + rs.getLong(2) + " staged=" + rs.getLong(3) + " quarantined="
                        + rs.getLong(4) + " balanced=" + rs.getBoolean(5), stagingRun);
        Map<String, String> staged = new LinkedHashMap<>();
        for (SourceTable table : SourceTable.values()) {
            staged.put(table.stagingTable(), md5(jdbc, table.stagingTable(), "row_no"));
        }
        staged.put("stg_quarantine", md5(jdbc, "stg_quarantine", "source_table, row_no"));
        staged.put("dq_finding", md5(jdbc, "dq_finding", "source_table, row_no, seq"));
        List<Map<String, Object>> recon = jdbc.queryForList("SELECT headline, failed_checks, pack_folder"
                + " FROM reconciliation_run WHERE wave_code = ? AND target_schema = 'merged' ORDER BY recon_id DESC"
                + " FETCH FIRST 1 ROWS ONLY", wave);
        String headline = null;
        String figures = null;
        String exceptions = null;
        if (!recon.isEmpty()) {
            Path pack = Path.of((String) recon.get(0).get("pack_folder"));
            new ReportPackReader().read(pack); // every file as SHA256SUMS says, or it throws
            headline = recon.get(0).get("headline") + " failed=" + recon.get(0).get("failed_checks");
            figures = Files.readString(pack.resolve("summary.csv"));
            exceptions = Files.readString(pack.resolve("exceptions.csv"));
        }
        Long locks = jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class);
        return new WaveFinalState(state, new ModelChecksum(jdbc).of("merged", null), ledger, staged, headline, figures,
                exceptions, locks == null ? 0 : locks);
    }

    /** Every pack folder a person could open: those whose names do not say they are partial. */
    static List<Path> visiblePacks(Path reports, String wave) throws IOException {
        Path folder = reports.resolve(wave);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static String md5(JdbcTemplate jdbc, String table, String order) {
        return jdbc.queryForObject("SELECT COALESCE(md5(string_agg(t::text, E'\\n' ORDER BY " + order + ")), 'empty')"
                + " FROM " + table + " t", String.class);
    }
}
