package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.carebridge.cli.UserFacingException;
import org.carebridge.cli.VersionProvider;
import org.carebridge.database.RunIds;
import org.carebridge.database.StreamingQuery;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.manifest.Manifest;
import org.carebridge.legacy.manifest.ManifestEntry;
import org.carebridge.legacy.manifest.ManifestVerifier;
import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.pairing.PairingPolicy;
import org.carebridge.merged.ClientComplexity;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.quality.Mappings;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckDefinition;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.carebridge.reconciliation.check.Tolerances;
import org.carebridge.reconciliation.check.Unit;
import org.carebridge.reconciliation.compare.HashedRow;
import org.carebridge.reconciliation.compare.ReadAhead;
import org.carebridge.reconciliation.compare.DifferenceKind;
import org.carebridge.reconciliation.compare.SortedMergeComparison;
import org.carebridge.reconciliation.compare.RowHash;
import org.carebridge.reconciliation.compare.RowKey;
import org.carebridge.reconciliation.compare.RowLevelCheck;
import org.carebridge.reconciliation.report.ExtractFile;
import org.carebridge.reconciliation.report.PairedValue;
import org.carebridge.reconciliation.report.ReportCharts;
import org.carebridge.reconciliation.report.ReportContext;
import org.carebridge.reconciliation.report.ReportPack;
import org.carebridge.reconciliation.report.ReportPackDraft;
import org.carebridge.reconciliation.report.ReportPackException;
import org.carebridge.reconciliation.report.ReportPackWriter;
import org.carebridge.reconciliation.report.RunMode;
import org.carebridge.staging.SourceOpener;
import org.carebridge.wave.HandoverApprovals;
import org.carebridge.wave.WavesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reconciles one wave run: every check computed from the legacy extract itself (re-read, not staging) against the
 * merged schema the run loaded, written as a report pack (summary, every exception, the governance page).
 */
@Service
public class WaveReconciler {

    /** The outcome governance reads: where the pack is, its hash, and whether every check passed. */
    public record Result(long reconId, String wave, Path pack, String reportSha256, boolean passed, int failedChecks,
                         List<CheckResult> checks) {
    }

    private static final Logger log = LoggerFactory.getLogger(WaveReconciler.class);

    /** Exceptions a check waiting for its turn holds before it waits (a few megabytes at most). */
    private static final int HELD_EXCEPTIONS = 10_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Mappings mappings;
    private final SourceOpener opener;
    private final WavesProperties waves;
    private final ReconciliationProperties properties;
    private final RunIds runIds;
    private final ObjectProvider<HandoverApprovals> approvals;
    private final CaseloadWeighting weighting;
    private final SourcePass sourcePass;
    private final Clock clock;

    public WaveReconciler(JdbcTemplate jdbc, DataSource dataSource, Mappings mappings, SourceOpener opener,
                          WavesProperties waves, ReconciliationProperties properties, RunIds runIds,
                          ObjectProvider<HandoverApprovals> approvals, PairingPolicy pairing, SourcePass sourcePass,
                          Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.mappings = mappings;
        this.opener = opener;
        this.waves = waves;
        this.properties = properties;
        this.runIds = runIds;
        this.approvals = approvals;
        this.weighting = pairing.weighting();
        this.sourcePass = sourcePass;
        this.clock = clock;
    }

    /**
     * @param waveRunId       the rehearsal or live run whose cohort and load are checked
     * @param longStandingMh  persons of the cohort who are long-standing mental-health clients (for the handover check)
     */
    public Result reconcile(String wave, long waveRunId, String schema, String ranBy, Set<String> longStandingMh) {
        var waveConfig = waves.wave(wave).orElseThrow(() -> new UserFacingException("no wave " + wave));
        Map<String, Object> run = jdbc.queryForMap("SELECT mode, staging_run_id FROM wave_run WHERE run_id = ?", waveRunId);
        Long stagingRunId = ((Number) value(run, "staging_run_id")).longValue();
        boolean live = "LIVE".equals(value(run, "mode"));
        var mappingSet = mappings.load();
        SourceReread source = SourceReread.of(jdbc, stagingRunId, opener);
        Tolerances tolerances = Files.isRegularFile(properties.tolerancesFile())
                ? Tolerances.load(properties.tolerancesFile()) : Tolerances.none();
        // A resumed pass keeps the id it started with: its finished tables' rows are filed under it.
        long started = System.nanoTime();
        long reconId = sourcePass.run(runIds.next(), new SourcePass.Request(waveRunId, wave, waveConfig.cutover(),
                stagingRunId, mappingSet.version()));
        try {
            long sourcePassDone = System.nanoTime();
            SourceFigures totals = SourceFigures.of(jdbc, reconId);
            Map<String, Long> excluded = exclusions(schema, wave);

            // The run id names the pack folder: the reconciliation's id and its start time, so that packs from
            // different databases (the embedded default and PostgreSQL) never collide in one reports folder.
            Instant ranAt = Instant.now(clock);
            String packId = reconId + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                    .withZone(java.time.ZoneOffset.UTC).format(ranAt);
            ReportContext context = new ReportContext(wave, packId, live ? RunMode.LIVE : RunMode.REHEARSAL,
                    mappingSet.version(), VersionProvider.version(), extractFiles(source, totals, stagingRunId), ranBy,
                    ranAt);
            ReportPack pack;
            List<CheckResult> checks = new ArrayList<>();
            try (ReportPackDraft draft = new ReportPackWriter(properties.reportsFolder()).begin(context)) {
                Map<String, Long> loaded = new ConcurrentHashMap<>();
                AtomicReference<Caseloads> caseloads = new AtomicReference<>();
                // The pack lists checks and exceptions in this order, whichever finishes first.
                List<ChecksSideBySide.Check> all = new ArrayList<>();
                all.add(out -> ledgers(totals, tolerances, out));
                all.add(out -> cohortCoverage(schema, wave, totals, excluded, tolerances, loaded, out));
                all.add(out -> identityEquation(schema, wave, totals, tolerances, out));
                all.add(out -> personLinks(reconId, schema, wave, tolerances, out));
                for (EntityComparison entity : Entities.all()) {
                    all.add(out -> rowLevel(reconId, schema, wave, entity, tolerances, out));
                }
                all.add(out -> referentialIntegrity(schema, wave, tolerances, out));
                all.add(out -> money(reconId, schema, wave, totals, tolerances, out));
                all.add(out -> keyDates(reconId, schema, wave, totals, tolerances, out));
                all.add(out -> {
                    caseloads.set(caseloads(schema, wave, waveConfig.cutover()));
                    caseload(schema, wave, caseloads.get(), tolerances, out);
                });
                all.add(out -> handovers(wave, longStandingMh, tolerances, out));
                new ChecksSideBySide(checkThreads(), HELD_EXCEPTIONS).run(all, new ChecksSideBySide.Output() {
                    @Override
                    public void check(CheckResult result) {
                        draft.check(result);
                        checks.add(result);
                    }

                    @Override
                    public void exception(ExceptionItem item) {
                        draft.exception(item);
                    }
                });
                long checksDone = System.nanoTime();
                pack = draft.complete(charts(totals, excluded, loaded, caseloads.get(), schema, wave));
                log.info("reconciliation {} of {}: source pass {} s, checks {} s ({} at once), pack {} s", reconId,
                        wave, seconds(started, sourcePassDone), seconds(sourcePassDone, checksDone), checkThreads(),
                        seconds(checksDone, System.nanoTime()));
            } catch (ReportPackException e) {
                // the draft discarded its partial folder: nothing that looks like a pack is left behind
                throw new UserFacingException("reconciliation of " + wave + " could not write its report pack: "
                        + e.getMessage() + "; no pack was published and the wave was not marked reconciled: free"
                        + " space or fix the reports folder (carebridge.reconciliation.reports-folder), then run the"
                        + " same command again", e);
            }
            int failed = (int) checks.stream().filter(c -> !c.passed()).count();
            jdbc.update("INSERT INTO reconciliation_run (recon_id, wave_code, wave_run_id, target_schema, pack_folder,"
                            + " report_sha256, headline, failed_checks, ran_by, ran_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    reconId, wave, waveRunId, schema, pack.directory().toString(), pack.reportSha256(),
                    pack.passed() ? "PASS" : "FAIL", failed, ranBy, Timestamp.valueOf(LocalDateTime.now(clock)));
            return new Result(reconId, wave, pack.directory(), pack.reportSha256(), pack.passed(), failed, checks);
        } finally {
            sourcePass.forget(reconId);
        }
    }

    /**
     * Threads running checks at once: the source pass's parallelism, but no more than a third of the connection pool,
     * since a row-level check holds two connections (one per side) and the pool must not run dry.
     */
    private int checkThreads() {
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 3;
        return Math.max(1, Math.min(properties.parallelism(), pool / 3));
    }

    // ---- ledger and coverage -------------------------------------------------------------------------------------

    private void ledgers(SourceFigures totals, Tolerances tolerances, ChecksSideBySide.Output out) {
        for (SourceTable table : SourceTable.values()) {
            Long read = totals.read().get(table);
            if (read == null) {
                continue;
            }
            long staged = count("SELECT COUNT(*) FROM " + table.stagingTable());
            long quarantined = count("SELECT COUNT(*) FROM stg_quarantine WHERE source_table = '" + table.name() + "'");
            String id = "ledger-" + table.name().toLowerCase(Locale.ROOT).replace('_', '-');
            out.check(CheckResult.evaluate(new CheckDefinition(id, "Ledger: " + table.system() + " "
                            + table.tableName(), Category.LEDGER, "Rows in the extract (read again from the source: " + read
                            + ") must equal rows staged (" + staged + ") plus rows quarantined with a reason (" + quarantined
                            + ").", Unit.ROWS), read, staged + quarantined, tolerances.forCheck(id)));
        }
    }

    /** Also leaves each entity's loaded rows in {@code loadedByEntity}, for the charts. */
    private void cohortCoverage(String schema, String wave, SourceFigures totals, Map<String, Long> excluded,
                                Tolerances tolerances, Map<String, Long> loadedByEntity, ChecksSideBySide.Output out) {
        for (EntityComparison entity : Entities.all()) {
            long expected = totals.inCohort().getOrDefault(entity.id(), 0L);
            String filter = entity.targetSql(schema).contains("WHERE") ? " AND " : " WHERE ";
            long loaded = count("SELECT COUNT(*) FROM (" + entity.targetSql(schema) + filter + "wave_code = '" + wave
                    + "') t");
            loadedByEntity.put(entity.id(), loaded);
            long excludedRows = excluded.getOrDefault(entity.sourceTable().name(), 0L);
            String id = "cohort-" + entity.id().substring(4);
            out.check(CheckResult.evaluate(new CheckDefinition(id, "In-cohort rows accounted for: "
                            + entity.sourceTable().tableName(), Category.LEDGER, "Every " + entity.sourceTable().tableName()
                            + " row of the wave's people that staging accepted (" + expected + ", counted in the source)"
                            + " must be loaded into " + entity.mergedTable() + " (" + loaded
                            + ") or excluded with a recorded reason (" + excludedRows + ").", Unit.ROWS),
                    expected, loaded + excludedRows, tolerances.forCheck(id)));
        }
    }

    private Map<String, Long> exclusions(String schema, String wave) {
        Map<String, Long> byTable = new HashMap<>();
        jdbc.query("SELECT source_table, COUNT(*) FROM " + schema + ".load_exclusion WHERE wave_code = ? GROUP BY source_table",
                rs -> {
                    byTable.put(rs.getString(1), rs.getLong(2));
                }, wave);
        return byTable;
    }

    // ---- identity --------------------------------------------------------------------------------------------------

    private void identityEquation(String schema, String wave, SourceFigures totals, Tolerances tolerances,
                                  ChecksSideBySide.Output out) {
        long linked = count("SELECT COUNT(*) FROM " + schema + ".person_source_link WHERE wave_code = '" + wave
                + "' AND link_kind IN ('LINKED', 'DELETED_RECORD')");
        long duplicates = count("SELECT COUNT(*) FROM " + schema + ".person_source_link WHERE wave_code = '" + wave
                + "' AND link_kind = 'MERGED_RECORD'");
        long persons = count("SELECT COUNT(*) FROM " + schema + ".person WHERE wave_code = '" + wave + "'");
        long expected = totals.personRecordsInCohort() - linked - duplicates;
        String id = "identity-equation";
        out.check(CheckResult.evaluate(new CheckDefinition(id, "Identity equation", Category.IDENTITY,
                "Legacy person records of the wave's people (" + totals.personRecordsInCohort() + ", from the source) minus"
                        + " records linked to another record's person (" + linked + ") minus council records merged into"
                        + " another (" + duplicates + ") must equal the merged persons (" + persons + ").", Unit.PERSONS),
                expected, persons, tolerances.forCheck(id)));
        jdbc.query("SELECT person_id FROM " + schema + ".person p WHERE wave_code = ? AND NOT EXISTS (SELECT 1 FROM "
                + schema + ".person_source_link l WHERE l.person_id = p.person_id AND l.link_kind = 'PRIMARY')", rs -> {
            out.exception(new ExceptionItem(id, ExceptionKind.ORPHAN, null, null, null, "person", rs.getString(1),
                    "merged person without a primary legacy record"));
        }, wave);
    }

    // ---- row level -------------------------------------------------------------------------------------------------

    private void rowLevel(long reconId, String schema, String wave, EntityComparison entity, Tolerances tolerances,
                          ChecksSideBySide.Output out) {
        // Rows the load excluded with a reason are accounted for by the coverage check, not expected in the model.
        String notExcluded = " AND NOT EXISTS (SELECT 1 FROM " + schema + ".load_exclusion x WHERE x.wave_code = ?"
                + " AND x.source_table = ? AND x.source_key = r.row_key)";
        rowLevelOf(reconId, wave, entity.id(), entity.sourceTable(), entity.mergedTable(), entity.targetSql(schema),
                rs -> entity.targetHash(rs), tolerances, out, notExcluded, wave, entity.sourceTable().name());
    }

    /** Every legacy person record of the cohort is linked to the merged person identity resolution chose. */
    private void personLinks(long reconId, String schema, String wave, Tolerances tolerances, ChecksSideBySide.Output out) {
        rowLevelOf(reconId, wave, "row-person-links", SourceTable.COUNCIL_CLIENTS, "person_source_link",
                "SELECT source_system || '|' || source_id AS row_key, person_id FROM " + schema + ".person_source_link",
                rs -> new org.carebridge.reconciliation.compare.CanonicalRowHasher().text(rs.getString("person_id")).hash(),
                tolerances, out, "");
    }

    private interface TargetHasher {
        RowHash hash(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /**
     * @param sourceFilter more conditions on the source rows ({@code r}), with {@code filterParameters} for them
     */
    private void rowLevelOf(long reconId, String wave, String id, SourceTable sourceTable, String mergedTable,
                            String targetSql, TargetHasher hasher, Tolerances tolerances, ChecksSideBySide.Output out,
                            String sourceFilter, Object... filterParameters) {
        // Both sides sorted by the database in binary order and streamed, each read on its own thread.
        String order = " ORDER BY row_key" + binaryCollation();
        String filter = targetSql.contains("WHERE") ? " AND " : " WHERE ";
        RowLevelCheck<RowKey> check = new RowLevelCheck<>(id, sourceTable.system(), sourceTable.tableName(), mergedTable,
                Comparator.naturalOrder());
        Object[] sourceParameters = new Object[2 + filterParameters.length];
        sourceParameters[0] = reconId;
        sourceParameters[1] = id;
        System.arraycopy(filterParameters, 0, sourceParameters, 2, filterParameters.length);
        try (ReadAhead<HashedRow<RowKey>> source = ReadAhead.start("source", StreamingQuery.deferred(dataSource,
                "SELECT r.row_key, r.row_hash FROM recon_source_row r WHERE r.recon_id = ? AND r.entity = ?"
                        + sourceFilter + order,
                rs -> HashedRow.of(RowKey.of(rs.getString(1)), RowHash.ofHex(rs.getString(2))), sourceParameters));
             ReadAhead<HashedRow<RowKey>> target = ReadAhead.start("target", StreamingQuery.deferred(dataSource,
                     "SELECT * FROM (" + targetSql + filter + "wave_code = ?) t" + order,
                     rs -> new HashedRow<>(RowKey.of(rs.getString("row_key")), hasher.hash(rs), rs.getString("row_key")),
                     wave))) {
            out.check(check.run(source, target, out::exception, tolerances.forCheck(id)));
        }
    }

    private String binaryCollation() {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? " COLLATE \"C\"" : "";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- referential integrity -------------------------------------------------------------------------------------

    private void referentialIntegrity(String schema, String wave, Tolerances tolerances, ChecksSideBySide.Output out) {
        String id = "referential-integrity";
        long[] dangling = {0};
        List<String[]> references = List.of(
                new String[]{"person_source_link", "person_id", "person", "person_id", "source_system || '|' || source_id"},
                new String[]{"person_address", "person_id", "person", "person_id", "person_id"},
                new String[]{"lead_worker", "person_id", "person", "person_id", "person_id"},
                new String[]{"lead_worker", "worker_id", "worker", "worker_id", "person_id"},
                new String[]{"lead_worker", "team_code", "team", "team_code", "person_id"},
                new String[]{"care_package", "person_id", "person", "person_id", "package_id"},
                new String[]{"referral", "person_id", "person", "person_id", "referral_id"},
                new String[]{"episode", "person_id", "person", "person_id", "episode_id"},
                new String[]{"event", "person_id", "person", "person_id", "event_id"},
                new String[]{"review_due", "person_id", "person", "person_id", "person_id"},
                new String[]{"worker_relationship", "person_id", "person", "person_id", "source_key"},
                new String[]{"case_note", "person_id", "person", "person_id", "note_id"},
                new String[]{"case_note", "worker_id", "worker", "worker_id", "note_id"},
                new String[]{"contact", "person_id", "person", "person_id", "contact_id"},
                new String[]{"contact", "referral_id", "referral", "referral_id", "contact_id"},
                new String[]{"risk_flag", "person_id", "person", "person_id", "source_key"});
        for (String[] r : references) {
            jdbc.query("SELECT " + r[4] + " FROM " + schema + "." + r[0] + " c WHERE c.wave_code = ? AND c." + r[1]
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + schema + "." + r[2] + " p WHERE p." + r[3] + " = c."
                    + r[1] + ")", rs -> {
                dangling[0]++;
                out.exception(new ExceptionItem(id, ExceptionKind.ORPHAN, null, null, null, r[0], rs.getString(1),
                        r[0] + "." + r[1] + " names no " + r[2]));
            }, wave);
        }
        out.check(CheckResult.evaluate(new CheckDefinition(id, "Referential integrity of the merged model",
                Category.REFERENTIAL_INTEGRITY, "Every reference in the wave's rows (to a person, worker, team or referral)"
                + " must name a row that exists in the merged model. Dangling references found: " + dangling[0] + ".",
                Unit.ROWS), 0, dangling[0], tolerances.forCheck(id)));
    }

    // ---- money -----------------------------------------------------------------------------------------------------

    private void money(long reconId, String schema, String wave, SourceFigures totals, Tolerances tolerances,
                       ChecksSideBySide.Output out) {
        BigDecimal target = jdbc.queryForObject("SELECT COALESCE(SUM(weekly_cost), 0) FROM " + schema + ".care_package"
                + " WHERE wave_code = ? AND status = 'OPEN'", BigDecimal.class, wave);
        packageMoney(reconId, schema, wave, out);
        out.check(CheckResult.evaluate(new CheckDefinition("money-weekly-total", "Weekly cost of open care packages",
                Category.MONEY, "The weekly cost of every open package of the wave's people, computed from the source by"
                + " the CLD rule, against the merged model's, to the penny; each package that differs is listed.",
                Unit.POUNDS), totals.weeklyCost(), target.setScale(2), tolerances.forCheck("money-weekly-total")));
        groupedMoney(schema, wave, "money-by-service-type", "service type", "service_type",
                totals.weeklyCostByServiceType(), "(unmapped)", tolerances, out);
        groupedMoney(schema, wave, "money-by-provider", "provider", "provider_name", totals.weeklyCostByProvider(),
                "(no provider)", tolerances, out);
    }

    /** Lists every open package whose weekly cost differs from the source's (or is missing on either side). */
    private void packageMoney(long reconId, String schema, String wave, ChecksSideBySide.Output out) {
        String order = " ORDER BY row_key" + binaryCollation();
        try (ReadAhead<HashedRow<RowKey>> source = ReadAhead.start("source", StreamingQuery.deferred(dataSource,
                "SELECT row_key, row_hash FROM recon_source_row WHERE recon_id = ? AND entity = 'money-weekly'" + order,
                rs -> HashedRow.of(RowKey.of(rs.getString(1)), RowHash.ofHex(rs.getString(2))), reconId));
             ReadAhead<HashedRow<RowKey>> target = ReadAhead.start("target", StreamingQuery.deferred(dataSource,
                     "SELECT * FROM (SELECT package_id AS row_key, weekly_cost FROM " + schema + ".care_package"
                             + " WHERE wave_code = ? AND status = 'OPEN' AND weekly_cost IS NOT NULL) t" + order,
                     rs -> HashedRow.of(RowKey.of(rs.getString(1)), new org.carebridge.reconciliation.compare
                             .CanonicalRowHasher().decimal(rs.getBigDecimal(2)).hash()), wave))) {
            new SortedMergeComparison<RowKey>(Comparator.naturalOrder()).compare(source, target, d -> {
                String key = String.valueOf(d.key());
                String detail = switch (d.kind()) {
                    case MISSING -> "open package with a weekly cost in the source, none in the merged model";
                    case EXTRA -> "weekly cost in the merged model for a package the source does not cost";
                    case DIFFERENT -> "weekly cost differs from the source's";
                    default -> "package key repeated";
                };
                out.exception(new ExceptionItem("money-weekly-total", d.kind() == DifferenceKind.DIFFERENT
                        ? ExceptionKind.DIFFERENT : d.kind() == DifferenceKind.MISSING ? ExceptionKind.MISSING
                        : ExceptionKind.EXTRA, SourceSystem.COUNCIL, "SERVICES", key, "care_package", key, detail));
            });
        }
    }

    private void groupedMoney(String schema, String wave, String id, String what, String column,
                              Map<String, BigDecimal> source, String nullLabel, Tolerances tolerances,
                              ChecksSideBySide.Output out) {
        Map<String, BigDecimal> target = targetMoney(schema, wave, column, nullLabel);
        Set<String> groups = new TreeSet<>(source.keySet());
        groups.addAll(target.keySet());
        BigDecimal difference = BigDecimal.ZERO;
        for (String group : groups) {
            BigDecimal s = source.getOrDefault(group, BigDecimal.ZERO);
            BigDecimal t = target.getOrDefault(group, BigDecimal.ZERO);
            if (s.compareTo(t) != 0) {
                difference = difference.add(s.subtract(t).abs());
                out.exception(new ExceptionItem(id, ExceptionKind.MISMATCH, SourceSystem.COUNCIL, "SERVICES", group,
                        "care_package", group, "weekly cost per " + what + " differs by " + s.subtract(t).abs()));
            }
        }
        out.check(CheckResult.evaluate(new CheckDefinition(id, "Weekly cost per " + what, Category.MONEY,
                "For each " + what + ", the weekly cost of open packages from the source against the merged model; the"
                        + " figure is the sum of the differences across " + groups.size() + " " + what + "s.", Unit.POUNDS),
                BigDecimal.ZERO.setScale(2), difference.setScale(2), tolerances.forCheck(id)));
    }

    private Map<String, BigDecimal> targetMoney(String schema, String wave, String column, String nullLabel) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        jdbc.query("SELECT " + column + ", SUM(weekly_cost) FROM " + schema + ".care_package WHERE wave_code = ? AND"
                + " status = 'OPEN' AND weekly_cost IS NOT NULL GROUP BY " + column, rs -> {
            sums.merge(rs.getString(1) == null ? nullLabel : rs.getString(1), rs.getBigDecimal(2).setScale(2),
                    BigDecimal::add);
        }, wave);
        return sums;
    }

    // ---- key dates -------------------------------------------------------------------------------------------------

    private void keyDates(long reconId, String schema, String wave, SourceFigures totals, Tolerances tolerances,
                          ChecksSideBySide.Output out) {
        long packages = epochDays("SELECT start_date, end_date FROM " + schema + ".care_package WHERE wave_code = ?", wave);
        long expectedPackages = totals.packageDateTotal() - excludedDates(schema, wave, "COUNCIL_SERVICES");
        out.check(CheckResult.evaluate(new CheckDefinition("dates-care-packages", "Hash total of package start and end dates",
                Category.KEY_DATES, "The sum of every package's start and end date (as day numbers) in the source against"
                + " the merged model: any shifted date changes it.", Unit.HASH_TOTAL), expectedPackages, packages,
                tolerances.forCheck("dates-care-packages")));
        birthDates(reconId, schema, wave, tolerances, out);
        long relationships = epochDays("SELECT start_date, end_date FROM " + schema + ".worker_relationship WHERE wave_code = ?", wave);
        long expectedRelationships = totals.relationshipDateTotal() - excludedDates(schema, wave, "COUNCIL_ALLOCATIONS")
                - excludedDates(schema, wave, "OXLEAS_CARE_COORDINATORS");
        out.check(CheckResult.evaluate(new CheckDefinition("dates-relationships",
                "Hash total of worker relationship start and end dates", Category.KEY_DATES, "The sum of every allocation"
                + " and care-coordinator assignment's start and end date in the source against the merged model.",
                Unit.HASH_TOTAL), expectedRelationships, relationships, tolerances.forCheck("dates-relationships")));
        long[] reviewTotals = {0, 0};
        jdbc.query("SELECT person_id, due_date, source_event_id, " + sourceDay(TablePass.REVIEW_DUE, "r.source_event_id")
                + " FROM " + schema + ".review_due r WHERE wave_code = ?", rs -> {
            reviewTotals[1] += rs.getDate(2).toLocalDate().toEpochDay();
            Long expected = rs.getObject(4) == null ? null : rs.getLong(4);
            reviewTotals[0] += expected == null ? 0 : expected;
            if (expected == null || expected != rs.getDate(2).toLocalDate().toEpochDay()) {
                out.exception(new ExceptionItem("dates-reviews-due", ExceptionKind.DIFFERENT, SourceSystem.COUNCIL,
                        "EVENTS", rs.getString(3), "review_due", rs.getString(1),
                        "review due date differs from the source review's NEXT_REVIEW_DUE"));
            }
        }, reconId, wave);
        out.check(CheckResult.evaluate(new CheckDefinition("dates-reviews-due", "Hash total of reviews due",
                Category.KEY_DATES, "Each review due in the merged model against the NEXT_REVIEW_DUE of the source review"
                + " it came from.", Unit.HASH_TOTAL), reviewTotals[0], reviewTotals[1], tolerances.forCheck("dates-reviews-due")));
    }

    /**
     * Each merged person's date of birth against the one in the source record the load chose as primary (read from
     * the extract): a shifted or swapped date of birth changes the total and names the person.
     */
    private void birthDates(long reconId, String schema, String wave, Tolerances tolerances,
                            ChecksSideBySide.Output out) {
        long[] sums = {0, 0};
        jdbc.query("SELECT p.person_id, p.date_of_birth, l.source_system, l.source_id, "
                + sourceDay(TablePass.BIRTH, "l.source_system || '|' || l.source_id") + " FROM " + schema + ".person p JOIN "
                + schema + ".person_source_link l ON l.person_id = p.person_id AND l.link_kind = 'PRIMARY'"
                + " WHERE p.wave_code = ?", rs -> {
            Long expected = rs.getObject(5) == null ? null : rs.getLong(5);
            long actual = rs.getDate(2) == null ? 0 : rs.getDate(2).toLocalDate().toEpochDay();
            sums[0] += expected == null ? 0 : expected;
            sums[1] += actual;
            if (expected == null ? actual != 0 : expected != actual) {
                out.exception(new ExceptionItem("dates-birth", ExceptionKind.DIFFERENT,
                        SourceSystem.valueOf(rs.getString(3)), (rs.getString(3).equals("COUNCIL")
                                ? SourceTable.COUNCIL_CLIENTS : SourceTable.OXLEAS_PATIENTS).tableName(),
                        rs.getString(4), "person", rs.getString(1), "date of birth differs from the primary source record's"));
            }
        }, reconId, wave);
        out.check(CheckResult.evaluate(new CheckDefinition("dates-birth", "Hash total of dates of birth",
                Category.KEY_DATES, "Each merged person's date of birth (as a day number) against the date of birth in the"
                + " source record it was taken from, summed over the wave.", Unit.HASH_TOTAL), sums[0], sums[1],
                tolerances.forCheck("dates-birth")));
    }

    /**
     * The source's date (day number) for a merged row's source key, as a column of the query over the merged rows:
     * looked up row by row, so the merged rows come in the order they always did and no date map is held here. A key
     * the source holds twice gives the date of the row read last, as the single pass's map did.
     */
    private static String sourceDay(String kind, String keyExpression) {
        return "(SELECT d.day_number FROM recon_source_day d WHERE d.recon_id = ? AND d.kind = '" + kind + "' AND"
                + " d.row_key = " + keyExpression + " ORDER BY d.seq DESC FETCH FIRST 1 ROWS ONLY)";
    }

    private long epochDays(String sql, String wave) {
        long[] total = {0};
        jdbc.query(sql, rs -> {
            total[0] += (rs.getDate(1) == null ? 0 : rs.getDate(1).toLocalDate().toEpochDay())
                    + (rs.getDate(2) == null ? 0 : rs.getDate(2).toLocalDate().toEpochDay());
        }, wave);
        return total[0];
    }

    /** Date totals of rows excluded with a reason, read back from staging by key (they are not in the model). */
    private long excludedDates(String schema, String wave, String table) {
        SourceTable source = SourceTable.valueOf(table);
        String[] columns = switch (source) {
            case COUNCIL_SERVICES, COUNCIL_ALLOCATIONS -> new String[]{"start_date", "end_date"};
            case OXLEAS_CARE_COORDINATORS -> new String[]{"start_date_ass_care_coord", "end_date_ass_care_coord"};
            default -> throw new IllegalArgumentException(table);
        };
        long[] total = {0};
        jdbc.query("SELECT s." + columns[0] + ", s." + columns[1] + " FROM " + source.stagingTable() + " s JOIN " + schema
                + ".load_exclusion x ON x.source_key = s.source_key AND x.source_table = ? AND x.wave_code = ?", rs -> {
            total[0] += (rs.getDate(1) == null ? 0 : rs.getDate(1).toLocalDate().toEpochDay())
                    + (rs.getDate(2) == null ? 0 : rs.getDate(2).toLocalDate().toEpochDay());
        }, table, wave);
        return total[0];
    }

    // ---- caseload and handovers --------------------------------------------------------------------------------------

    /**
     * Weighted caseload points (the handover library's weighting) per worker and per team: before = the legacy
     * key-worker and care-coordinator relationships current at cutover, after = the merged lead workers.
     */
    private record Caseloads(Map<String, long[]> perWorker, Map<String, long[]> perTeam, long openClientPoints,
                             long leadPoints, List<ExceptionItem> exceptions) {
    }

    private Caseloads caseloads(String schema, String wave, java.time.LocalDate cutover) {
        Map<String, Set<ClientFlag>> flags = new ClientComplexity(jdbc).flags(schema, cutover);
        Map<String, Integer> openClients = new HashMap<>();
        jdbc.query("SELECT person_id FROM " + schema + ".person WHERE wave_code = ? AND open_client", rs -> {
            openClients.put(rs.getString(1), weighting.pointsFor(flags.getOrDefault(rs.getString(1), Set.of())));
        }, wave);
        Map<String, long[]> perWorker = new TreeMap<>();
        Map<String, long[]> perTeam = new TreeMap<>();
        jdbc.query("SELECT r.person_id, r.worker_id, w.team_code FROM " + schema + ".worker_relationship r JOIN " + schema
                + ".worker w ON w.worker_id = r.worker_id WHERE r.wave_code = ? AND (r.end_date IS NULL OR r.end_date >= ?)"
                + " AND r.relationship IN ('KEY_WORKER', 'CARE_COORDINATOR')", rs -> {
            Integer points = openClients.get(rs.getString(1));
            if (points != null) {
                perWorker.computeIfAbsent(rs.getString(2), k -> new long[2])[0] += points;
                perTeam.computeIfAbsent(rs.getString(3), k -> new long[2])[0] += points;
            }
        }, wave, java.sql.Date.valueOf(cutover));
        long[] leadPoints = {0};
        Set<String> led = new java.util.HashSet<>();
        List<ExceptionItem> exceptions = new ArrayList<>();
        jdbc.query("SELECT person_id, worker_id, team_code FROM " + schema + ".lead_worker WHERE wave_code = ?", rs -> {
            String person = rs.getString(1);
            int points = weighting.pointsFor(flags.getOrDefault(person, Set.of()));
            leadPoints[0] += points;
            led.add(person);
            perWorker.computeIfAbsent(rs.getString(2), k -> new long[2])[1] += points;
            perTeam.computeIfAbsent(rs.getString(3), k -> new long[2])[1] += points;
            if (!openClients.containsKey(person)) {
                exceptions.add(new ExceptionItem("caseload-weighted-total", ExceptionKind.EXTRA, null, null, null,
                        "lead_worker", person, "lead worker named for a person who is not an open client of the wave"));
            }
        }, wave);
        new TreeSet<>(openClients.keySet()).stream().filter(p -> !led.contains(p)).forEach(p -> exceptions.add(
                new ExceptionItem("caseload-weighted-total", ExceptionKind.MISSING, null, null, null, "lead_worker", p,
                        "open client whose caseload points no lead worker carries")));
        long openPoints = openClients.values().stream().mapToLong(Integer::longValue).sum();
        return new Caseloads(perWorker, perTeam, openPoints, leadPoints[0], exceptions);
    }

    private void caseload(String schema, String wave, Caseloads caseloads, Tolerances tolerances,
                          ChecksSideBySide.Output out) {
        long open = count("SELECT COUNT(*) FROM " + schema + ".person WHERE wave_code = '" + wave + "' AND open_client");
        long[] withOne = {0};
        jdbc.query("SELECT p.person_id, (SELECT COUNT(*) FROM " + schema + ".lead_worker l WHERE l.person_id = p.person_id)"
                + " FROM " + schema + ".person p WHERE p.wave_code = ? AND p.open_client", rs -> {
            if (rs.getLong(2) == 1) {
                withOne[0]++;
            } else {
                out.exception(new ExceptionItem("caseload-one-lead-worker", ExceptionKind.RULE_BREACH, null, null, null,
                        "lead_worker", rs.getString(1), "open client with " + rs.getLong(2) + " lead workers"));
            }
        }, wave);
        leadWorkerJustified(schema, wave, tolerances, out);
        out.check(CheckResult.evaluate(new CheckDefinition("caseload-one-lead-worker",
                "Every open client has exactly one lead worker", Category.CASELOAD, "Of the wave's " + open
                + " open clients, those with exactly one named lead worker.", Unit.PERSONS), open, withOne[0],
                tolerances.forCheck("caseload-one-lead-worker")));
        caseloads.exceptions().forEach(out::exception);
        out.check(CheckResult.evaluate(new CheckDefinition("caseload-weighted-total",
                "Every open client's weighted caseload is carried by a lead worker", Category.CASELOAD,
                "The caseload points of the wave's open clients (base, CPA, S117, CTO, high risk) against the points"
                + " their merged lead workers carry. Per worker and per team before and after: the charts.",
                Unit.CASELOAD_POINTS), caseloads.openClientPoints(), caseloads.leadPoints(),
                tolerances.forCheck("caseload-weighted-total")));
    }

    /**
     * Each lead worker must be explained by the legacy records: a continuing lead is the merged successor of one of
     * the person's current legacy key workers or care coordinators; an interim lead is a manager of the lead's team;
     * a handover lead is the incoming worker of an approved handover.
     */
    private void leadWorkerJustified(String schema, String wave, Tolerances tolerances, ChecksSideBySide.Output out) {
        long[] counts = {0, 0};
        jdbc.query("SELECT l.person_id, l.basis, CASE WHEN l.basis = 'CONTINUING' THEN (SELECT COUNT(*) FROM " + schema
                + ".worker_relationship r WHERE r.person_id = l.person_id AND r.worker_id = l.worker_id AND r.relationship"
                + " IN ('KEY_WORKER', 'CARE_COORDINATOR') AND NOT r.read_only) WHEN l.basis = 'INTERIM_TEAM_MANAGER' THEN"
                + " (SELECT COUNT(*) FROM " + schema + ".worker w WHERE w.worker_id = l.worker_id AND w.team_code ="
                + " l.team_code AND w.role = 'TEAM_MANAGER') ELSE 1 END FROM " + schema + ".lead_worker l"
                + " WHERE l.wave_code = ?", rs -> {
            counts[0]++;
            if (rs.getLong(3) > 0) {
                counts[1]++;
            } else {
                out.exception(new ExceptionItem("caseload-lead-worker-justified", ExceptionKind.RULE_BREACH, null, null,
                        null, "lead_worker", rs.getString(1), "lead worker (" + rs.getString(2)
                        + ") is not a current legacy lead who continues nor the team's manager"));
            }
        }, wave);
        out.check(CheckResult.evaluate(new CheckDefinition("caseload-lead-worker-justified",
                "Every lead worker follows from the legacy records", Category.CASELOAD, "Of " + counts[0]
                + " lead workers, those that are a continuing current legacy lead, the team's manager holding the case,"
                + " or an approved handover's incoming worker.", Unit.PERSONS), counts[0], counts[1],
                tolerances.forCheck("caseload-lead-worker-justified")));
    }

    private void handovers(String wave, Set<String> longStandingMh, Tolerances tolerances, ChecksSideBySide.Output out) {
        HandoverApprovals bean = approvals.getIfAvailable();
        Set<String> approved = bean == null ? Set.of() : bean.approvedPersons(wave);
        long covered = 0;
        for (String person : new TreeSet<>(longStandingMh)) {
            if (approved.contains(person)) {
                covered++;
            } else {
                out.exception(new ExceptionItem("handovers-long-standing-mh", ExceptionKind.MISSING, null, null, null,
                        "person", person, "long-standing mental-health client without an approved handover"));
            }
        }
        out.check(CheckResult.evaluate(new CheckDefinition("handovers-long-standing-mh",
                "Long-standing mental-health clients have approved handovers", Category.HANDOVER,
                "Each of the wave's " + longStandingMh.size() + " long-standing mental-health clients must have a handover"
                        + " plan approved by a clinical lead (or further on).", Unit.PERSONS),
                longStandingMh.size(), covered, tolerances.forCheck("handovers-long-standing-mh")));
    }

    // ---- charts and extract files -------------------------------------------------------------------------------------

    /** The rows chart reuses the loaded counts the coverage check made. */
    private ReportCharts charts(SourceFigures totals, Map<String, Long> excluded, Map<String, Long> loadedByEntity,
                                Caseloads caseloads, String schema, String wave) {
        List<PairedValue> rows = new ArrayList<>();
        for (EntityComparison entity : Entities.all()) {
            rows.add(PairedValue.of(entity.sourceTable().tableName(), totals.inCohort().getOrDefault(entity.id(), 0L),
                    loadedByEntity.get(entity.id()) + excluded.getOrDefault(entity.sourceTable().name(), 0L)));
        }
        List<PairedValue> money = new ArrayList<>();
        Map<String, BigDecimal> target = targetMoney(schema, wave, "service_type", "(unmapped)");
        Set<String> types = new TreeSet<>(totals.weeklyCostByServiceType().keySet());
        types.addAll(target.keySet());
        types.forEach(t -> money.add(new PairedValue(t, totals.weeklyCostByServiceType().getOrDefault(t, BigDecimal.ZERO),
                target.getOrDefault(t, BigDecimal.ZERO))));
        return ReportCharts.of(rows, money, paired(caseloads.perTeam()), paired(caseloads.perWorker()));
    }

    private static List<PairedValue> paired(Map<String, long[]> beforeAndAfter) {
        List<PairedValue> values = new ArrayList<>();
        beforeAndAfter.forEach((key, points) -> values.add(PairedValue.of(key, points[0], points[1])));
        return values;
    }

    private List<ExtractFile> extractFiles(SourceReread source, SourceFigures totals, long stagingRunId) {
        List<ExtractFile> files = new ArrayList<>();
        Map<String, Object> run = jdbc.queryForMap("SELECT council_source, oxleas_source FROM staging_run WHERE run_id = ?",
                stagingRunId);
        Object oxleas = value(run, "oxleas_source");
        if (oxleas != null) {
            Manifest manifest = Manifest.read(Path.of(oxleas.toString()));
            for (ManifestEntry entry : manifest.entries()) {
                files.add(ExtractFile.of(SourceSystem.OXLEAS, entry));
            }
        }
        Object council = value(run, "council_source");
        if (council != null && !council.toString().startsWith("jdbc:")) {
            for (SourceTable table : SourceTable.of(SourceSystem.COUNCIL)) {
                Path file = Path.of(council.toString()).resolve(table.fileName());
                files.add(new ExtractFile(SourceSystem.COUNCIL, table.fileName(), totals.read().getOrDefault(table, 0L),
                        ManifestVerifier.sha256(file)));
            }
        }
        return files;
    }

    private static String seconds(long fromNanos, long toNanos) {
        return String.format(Locale.ROOT, "%.1f", (toNanos - fromNanos) / 1e9);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static Object value(Map<String, Object> row, String key) {
        return row.containsKey(key) ? row.get(key) : row.get(key.toUpperCase(Locale.ROOT));
    }
}
