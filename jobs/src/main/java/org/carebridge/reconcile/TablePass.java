package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.carebridge.database.BulkInserter;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.carebridge.mappings.MappingTableSpec;
import org.carebridge.reconciliation.compare.CanonicalRowHasher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One read of one legacy table straight from the extract (a partition of the reconciliation's source pass): its
 * count, the cohort's person records, each in-cohort row's key and content hash for every migrated entity, and the
 * money and date totals the checks compare. Everything goes to scratch tables keyed by the reconciliation's id and
 * the table, so that the partition can run in another process and the manager combines the tables' results.
 * <p>
 * Running it again for the same reconciliation and table first deletes what an interrupted run left, so a restarted
 * partition counts every row exactly once.
 */
final class TablePass {

    /** {@code recon_source_day.kind} of a cohort person record's date of birth, keyed {@code SYSTEM|id}. */
    static final String BIRTH = "birth";
    /** {@code recon_source_day.kind} of a council review's NEXT_REVIEW_DUE, keyed by EVENT_ID. */
    static final String REVIEW_DUE = "review-due";

    private static final int BATCH = 2000;
    private static final List<String> SOURCE_ROW_COLUMNS = List.of("recon_id", "source_table", "entity", "row_key",
            "row_hash");
    private static final int[] SOURCE_ROW_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};
    private static final List<String> DAY_COLUMNS = List.of("recon_id", "source_table", "kind", "row_key", "seq",
            "day_number");
    private static final int[] DAY_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.BIGINT};
    private static final List<String> REFERRAL_COLUMNS = List.of("recon_id", "referral_id", "patient_id");
    private static final int[] REFERRAL_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR};
    private static final List<String> SCRATCH = List.of("recon_source_row", "recon_source_day", "recon_source_figure");

    private final JdbcTemplate jdbc;
    private final BulkInserter inserter;
    private final long reconId;
    private final SourceReread source;
    private final SourceIndex index;
    private final QuarantineIndex quarantine;
    private final Expectations expect;
    private final LongConsumer heartbeat;

    /**
     * @param index     the cohort; for tables reached through a referral it must already hold the referrals'
     *                  index ({@link SourceIndex#loadReferrals})
     * @param heartbeat told the rows read so far every 10,000 rows, so that a long table can show its worker is alive
     */
    TablePass(JdbcTemplate jdbc, long reconId, SourceReread source, SourceIndex index, QuarantineIndex quarantine,
              Expectations expect, LongConsumer heartbeat) {
        this.jdbc = jdbc;
        this.inserter = new BulkInserter(jdbc);
        this.reconId = reconId;
        this.source = source;
        this.index = index;
        this.quarantine = quarantine;
        this.expect = expect;
        this.heartbeat = heartbeat;
    }

    static boolean reachedThroughReferrals(SourceTable table) {
        return table == SourceTable.OXLEAS_CONTACTS || table == SourceTable.OXLEAS_REFERRAL_TEAMS;
    }

    /**
     * Reads the table and leaves its results in the scratch tables; returns the rows read.
     *
     * @param ranBefore whether this partition ran before (and failed), so that its rows so far must go first
     */
    long run(SourceTable table, boolean ranBefore) {
        if (ranBefore) {
            forget(table);
        }
        Sums sums = new Sums();
        Sink sink = new Sink(table);
        RowParser parser = new RowParser();
        List<EntityComparison> entities = Entities.all().stream().filter(e -> e.sourceTable() == table).toList();
        long read = source.forEach(table, keyColumn(table), key -> keyMayConcernCohort(table, key), (row, seq) -> {
            if (!mayConcernCohort(table, row)) {
                return; // counted for the ledger; no person of this wave can own it
            }
            ParsedRow parsed = parser.parse(row);
            if (!parsed.ok() || quarantine.quarantined(table, row, parsed)) {
                return;
            }
            if (table == SourceTable.OXLEAS_REFERRALS) {
                index.referral(Entities.text(parsed, "ServiceRequestId"), Entities.text(parsed, "LocalPatientId"));
            }
            personRecord(table, parsed, seq, sums, sink);
            for (EntityComparison entity : entities) {
                String person = entity.person(parsed, index);
                if (person == null) {
                    continue;
                }
                sums.inCohort.merge(entity.id(), 1L, Long::sum);
                sink.row(entity.id(), entity.key(parsed), entity.sourceHash(parsed, person, expect).toString());
                addTotals(table, parsed, seq, sums, sink);
            }
        }, heartbeat);
        sink.flush();
        long scratchRows = sink.written;
        if (table == SourceTable.OXLEAS_REFERRALS) {
            scratchRows += saveReferrals();
        }
        saveFigures(table, read, sums, scratchRows);
        return read;
    }

    /** What an earlier, interrupted run of this partition left. */
    private void forget(SourceTable table) {
        for (String scratch : SCRATCH) {
            jdbc.update("DELETE FROM " + scratch + " WHERE recon_id = ? AND source_table = ?", reconId, table.name());
        }
        if (table == SourceTable.OXLEAS_REFERRALS) {
            jdbc.update("DELETE FROM recon_referral WHERE recon_id = ?", reconId);
        }
    }

    /**
     * Whether a row can belong to the cohort, judged from its raw reference before any parsing: most rows of a big
     * extract belong to other waves, and parsing them would only be thrown away.
     */
    private boolean mayConcernCohort(SourceTable table, SourceRow row) {
        if (row.isBroken()) {
            return false;
        }
        String column = keyColumn(table);
        return column == null ? table == SourceTable.OXLEAS_REFERRALS : keyMayConcernCohort(table, row.value(column));
    }

    /**
     * The column that tells whose a row is, so that rows of other waves need not even be split: {@code null} for the
     * referrals (every one feeds the referral → patient index) and for tables no cohort owns.
     */
    private static String keyColumn(SourceTable table) {
        return switch (table) {
            case COUNCIL_CLIENTS, COUNCIL_ALLOCATIONS, COUNCIL_SERVICES, COUNCIL_EVENTS, COUNCIL_CASE_NOTES -> "CLIENT_ID";
            case OXLEAS_PATIENTS, OXLEAS_CARE_COORDINATORS, OXLEAS_CPA_EPISODES, OXLEAS_RISK_FLAGS -> "LocalPatientId";
            case OXLEAS_CONTACTS, OXLEAS_REFERRAL_TEAMS -> "ServiceRequestId";
            default -> null;
        };
    }

    /** Whether a row with this raw key (as the extract holds it) can belong to the cohort. */
    private boolean keyMayConcernCohort(SourceTable table, String key) {
        return switch (table.system()) {
            case COUNCIL -> index.councilPerson(canonicalInteger(key)) != null;
            case OXLEAS -> reachedThroughReferrals(table) ? index.referralPerson(strip(key)) != null
                    : index.oxleasPerson(strip(key)) != null;
            default -> false;
        };
    }

    /** A whole number as the parser writes it ({@code " 0042 "} → {@code "42"}); other text unchanged. */
    static String canonicalInteger(String raw) {
        String s = strip(raw);
        if (s == null || s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
            return s;
        }
        // The leading zeros that an ASCII digit follows, as ^0+(?=\d) strips them (the regex cost a tenth of the pass).
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros == s.length() || s.charAt(zeros) < '0' || s.charAt(zeros) > '9') {
            zeros = Math.max(zeros - 1, 0);
        }
        return s.substring(zeros);
    }

    private static String strip(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** Council clients and Oxleas patients of the cohort, and their person: compared with the merged links. */
    private void personRecord(SourceTable table, ParsedRow parsed, long seq, Sums sums, Sink sink) {
        String system = null;
        String id = null;
        String person = null;
        if (table == SourceTable.COUNCIL_CLIENTS) {
            system = "COUNCIL";
            id = Entities.text(parsed, "CLIENT_ID");
            person = index.councilPerson(id);
        } else if (table == SourceTable.OXLEAS_PATIENTS) {
            system = "OXLEAS";
            id = Entities.text(parsed, "LocalPatientId");
            person = index.oxleasPerson(id);
        }
        if (person != null) {
            sums.personRecordsInCohort++;
            Object born = parsed.value(table == SourceTable.COUNCIL_CLIENTS ? "DATE_OF_BIRTH" : "PersonBirthDate");
            if (born != null) {
                sink.day(BIRTH, system + "|" + id, seq, epochDay(born));
            }
            sink.row("row-person-links", system + "|" + id, new CanonicalRowHasher().text(person).hash().toString());
        }
    }

    private void addTotals(SourceTable table, ParsedRow row, long seq, Sums sums, Sink sink) {
        if (table == SourceTable.COUNCIL_SERVICES) {
            java.time.LocalDate end = (java.time.LocalDate) row.value("END_DATE");
            sums.packageDateTotal += epochDay(row.value("START_DATE")) + epochDay(end);
            if (expect.openAtCutover(end)) {
                BigDecimal weekly = expect.weeklyCost((BigDecimal) row.value("UNIT_COST"),
                        Entities.text(row, "COST_FREQUENCY"), (BigDecimal) row.value("PLANNED_UNITS_PER_WEEK"));
                if (weekly != null && index.councilPerson(row.value("CLIENT_ID")) != null) {
                    sink.row("money-weekly", row.sourceKey(), new CanonicalRowHasher().decimal(weekly).hash().toString());
                    sums.weeklyCost = sums.weeklyCost.add(weekly);
                    String type = expect.map(MappingTableSpec.SERVICE_TYPE, Entities.text(row, "SERVICE_TYPE"));
                    sums.weeklyCostByServiceType.merge(type == null ? "(unmapped)" : type, weekly, BigDecimal::add);
                    String provider = Entities.text(row, "PROVIDER_NAME");
                    sums.weeklyCostByProvider.merge(provider == null ? "(no provider)" : provider, weekly, BigDecimal::add);
                }
            }
        } else if (table == SourceTable.COUNCIL_ALLOCATIONS) {
            sums.relationshipDateTotal += epochDay(row.value("START_DATE")) + epochDay(row.value("END_DATE"));
        } else if (table == SourceTable.OXLEAS_CARE_COORDINATORS) {
            sums.relationshipDateTotal += epochDay(row.value("StartDateAssCareCoord"))
                    + epochDay(row.value("EndDateAssCareCoord"));
        } else if (table == SourceTable.COUNCIL_EVENTS && row.value("NEXT_REVIEW_DUE") != null) {
            sink.day(REVIEW_DUE, Entities.text(row, "EVENT_ID"), seq, epochDay(row.value("NEXT_REVIEW_DUE")));
        }
    }

    private static long epochDay(Object date) {
        return date == null ? 0 : ((java.time.LocalDate) date).toEpochDay();
    }

    /** Only the referrals of the cohort's patients: no other can lead a contact or referral team to a person. */
    private long saveReferrals() {
        List<Object[]> rows = new ArrayList<>();
        index.referrals().forEach((referral, patient) -> {
            if (index.oxleasPerson(patient) != null) {
                rows.add(new Object[]{reconId, referral, patient});
            }
        });
        inserter.insert("recon_referral", REFERRAL_COLUMNS, REFERRAL_TYPES, rows);
        return rows.size();
    }

    /** @param scratchRows rows this table left in the unlogged scratch tables, the witness {@link SourcePass} checks */
    private void saveFigures(SourceTable table, long read, Sums sums, long scratchRows) {
        List<Object[]> rows = new ArrayList<>();
        String name = table.name();
        rows.add(new Object[]{reconId, name, SourceFigures.READ, null, read, null});
        rows.add(new Object[]{reconId, name, SourceFigures.SCRATCH_ROWS, null, scratchRows, null});
        sums.inCohort.forEach((entity, n) -> rows.add(new Object[]{reconId, name, SourceFigures.IN_COHORT, entity, n, null}));
        rows.add(new Object[]{reconId, name, SourceFigures.PERSON_RECORDS, null, sums.personRecordsInCohort, null});
        rows.add(new Object[]{reconId, name, SourceFigures.PACKAGE_DATES, null, sums.packageDateTotal, null});
        rows.add(new Object[]{reconId, name, SourceFigures.RELATIONSHIP_DATES, null, sums.relationshipDateTotal, null});
        // toString, not toPlainString: new BigDecimal(text) gives back the same value and the same scale
        rows.add(new Object[]{reconId, name, SourceFigures.WEEKLY_COST, null, null, sums.weeklyCost.toString()});
        sums.weeklyCostByServiceType.forEach((type, cost) -> rows.add(new Object[]{reconId, name,
                SourceFigures.WEEKLY_COST_BY_SERVICE_TYPE, type, null, cost.toString()}));
        sums.weeklyCostByProvider.forEach((provider, cost) -> rows.add(new Object[]{reconId, name,
                SourceFigures.WEEKLY_COST_BY_PROVIDER, provider, null, cost.toString()}));
        inserter.insert("recon_source_figure", SourceFigures.COLUMNS, SourceFigures.TYPES, rows);
    }

    /** One table's figures while it is read. */
    private static final class Sums {
        final Map<String, Long> inCohort = new HashMap<>();
        long personRecordsInCohort;
        BigDecimal weeklyCost = BigDecimal.ZERO;
        final Map<String, BigDecimal> weeklyCostByServiceType = new TreeMap<>();
        final Map<String, BigDecimal> weeklyCostByProvider = new TreeMap<>();
        long packageDateTotal;
        long relationshipDateTotal;
    }

    /** Row hashes and dates buffered and written in batches. */
    private final class Sink {
        private final String table;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<Object[]> days = new ArrayList<>();
        private long written;

        Sink(SourceTable table) {
            this.table = table.name();
        }

        void row(String entity, String key, String hash) {
            rows.add(new Object[]{reconId, table, entity, key, hash});
            if (rows.size() >= BATCH) {
                flushRows();
            }
        }

        void day(String kind, String key, long seq, long day) {
            days.add(new Object[]{reconId, table, kind, key, seq, day});
            if (days.size() >= BATCH) {
                flushDays();
            }
        }

        void flush() {
            flushRows();
            flushDays();
        }

        private void flushRows() {
            if (!rows.isEmpty()) {
                inserter.insert("recon_source_row", SOURCE_ROW_COLUMNS, SOURCE_ROW_TYPES, rows);
                written += rows.size();
                rows.clear();
            }
        }

        private void flushDays() {
            if (!days.isEmpty()) {
                inserter.insert("recon_source_day", DAY_COLUMNS, DAY_TYPES, days);
                written += days.size();
                days.clear();
            }
        }
    }
}
