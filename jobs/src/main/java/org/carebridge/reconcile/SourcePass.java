package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.database.BulkInserter;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.carebridge.mappings.MappingTableSpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One read of every legacy table straight from the extract: counts per table, the cohort's person records, and
 * for every migrated entity each in-cohort row's key and content hash (written to a scratch table so that the
 * database sorts them), plus the money and date totals the checks compare.
 */
final class SourcePass {

    /** What the source holds, as far as the checks need it. */
    static final class Totals {
        final Map<SourceTable, Long> read = new HashMap<>();
        final Map<String, Long> inCohort = new HashMap<>();
        long personRecordsInCohort;
        BigDecimal weeklyCost = BigDecimal.ZERO;
        final Map<String, BigDecimal> weeklyCostByServiceType = new TreeMap<>();
        final Map<String, BigDecimal> weeklyCostByProvider = new TreeMap<>();
        long packageDateTotal;
        long relationshipDateTotal;
        final Map<String, Long> eventReviewDue = new HashMap<>();
        /** Date of birth (as a day number) of each in-cohort person record, by {@code SYSTEM|id}. */
        final Map<String, Long> birthDay = new HashMap<>();
    }

    private static final int BATCH = 2000;
    private static final List<String> SOURCE_ROW_COLUMNS = List.of("recon_id", "entity", "row_key", "row_hash");
    private static final int[] SOURCE_ROW_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final BulkInserter inserter;
    private final long reconId;
    private final SourceReread source;
    private final SourceIndex index;
    private final QuarantineIndex quarantine;
    private final Expectations expect;
    private final RowParser parser = new RowParser();
    private final List<Object[]> pending = new ArrayList<>();

    SourcePass(JdbcTemplate jdbc, long reconId, SourceReread source, SourceIndex index, QuarantineIndex quarantine,
               Expectations expect) {
        this.inserter = new BulkInserter(jdbc);
        this.reconId = reconId;
        this.source = source;
        this.index = index;
        this.quarantine = quarantine;
        this.expect = expect;
    }

    Totals run() {
        Totals totals = new Totals();
        List<Object[]> links = new ArrayList<>();
        for (SourceTable table : SourceTable.values()) {
            if (!source.has(table.system())) {
                continue;
            }
            Map<String, EntityComparison> entities = new HashMap<>();
            Entities.all().stream().filter(e -> e.sourceTable() == table).forEach(e -> entities.put(e.id(), e));
            List<Object[]> batch = new ArrayList<>();
            long read = source.forEach(table, row -> {
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
                personRecord(table, parsed, totals, links);
                for (EntityComparison entity : entities.values()) {
                    String person = entity.person(parsed, index);
                    if (person == null) {
                        continue;
                    }
                    totals.inCohort.merge(entity.id(), 1L, Long::sum);
                    batch.add(new Object[]{reconId, entity.id(), entity.key(parsed),
                            entity.sourceHash(parsed, person, expect).toString()});
                    if (batch.size() >= BATCH) {
                        flush(batch);
                    }
                    addTotals(table, parsed, totals);
                }
            });
            flush(batch);
            flush(pending);
            totals.read.put(table, read);
        }
        flush(links);
        return totals;
    }

    /**
     * Whether a row can belong to the cohort, judged from its raw reference before any parsing: most rows of a big
     * extract belong to other waves, and parsing them would only be thrown away.
     */
    private boolean mayConcernCohort(SourceTable table, org.carebridge.legacy.csv.SourceRow row) {
        if (row.isBroken()) {
            return false;
        }
        return switch (table) {
            case OXLEAS_REFERRALS -> true; // every referral feeds the referral → patient index
            case COUNCIL_CLIENTS, COUNCIL_ALLOCATIONS, COUNCIL_SERVICES, COUNCIL_EVENTS, COUNCIL_CASE_NOTES ->
                    index.councilPerson(canonicalInteger(row.value("CLIENT_ID"))) != null;
            case OXLEAS_PATIENTS, OXLEAS_CARE_COORDINATORS, OXLEAS_CPA_EPISODES, OXLEAS_RISK_FLAGS ->
                    index.oxleasPerson(strip(row.value("LocalPatientId"))) != null;
            case OXLEAS_CONTACTS, OXLEAS_REFERRAL_TEAMS -> index.referralPerson(strip(row.value("ServiceRequestId"))) != null;
            default -> false;
        };
    }

    /** A whole number as the parser writes it ({@code " 0042 "} → {@code "42"}); other text unchanged. */
    private static String canonicalInteger(String raw) {
        String s = strip(raw);
        if (s == null || s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
            return s;
        }
        String trimmed = s.replaceFirst("^0+(?=\\d)", "");
        return trimmed;
    }

    private static String strip(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** Council clients and Oxleas patients of the cohort, and their person: compared with the merged links. */
    private void personRecord(SourceTable table, ParsedRow parsed, Totals totals, List<Object[]> links) {
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
            totals.personRecordsInCohort++;
            Object born = parsed.value(table == SourceTable.COUNCIL_CLIENTS ? "DATE_OF_BIRTH" : "PersonBirthDate");
            if (born != null) {
                totals.birthDay.put(system + "|" + id, epochDay(born));
            }
            links.add(new Object[]{reconId, "row-person-links", system + "|" + id,
                    new org.carebridge.reconciliation.compare.CanonicalRowHasher().text(person).hash().toString()});
            if (links.size() >= BATCH) {
                flush(links);
            }
        }
    }

    private void addTotals(SourceTable table, ParsedRow row, Totals totals) {
        if (table == SourceTable.COUNCIL_SERVICES) {
            java.time.LocalDate end = (java.time.LocalDate) row.value("END_DATE");
            totals.packageDateTotal += epochDay(row.value("START_DATE")) + epochDay(end);
            if (expect.openAtCutover(end)) {
                BigDecimal weekly = expect.weeklyCost((BigDecimal) row.value("UNIT_COST"),
                        Entities.text(row, "COST_FREQUENCY"), (BigDecimal) row.value("PLANNED_UNITS_PER_WEEK"));
                if (weekly != null && index.councilPerson(row.value("CLIENT_ID")) != null) {
                    pending.add(new Object[]{reconId, "money-weekly", row.sourceKey(),
                            new org.carebridge.reconciliation.compare.CanonicalRowHasher().decimal(weekly).hash().toString()});
                    totals.weeklyCost = totals.weeklyCost.add(weekly);
                    String type = expect.map(MappingTableSpec.SERVICE_TYPE, Entities.text(row, "SERVICE_TYPE"));
                    totals.weeklyCostByServiceType.merge(type == null ? "(unmapped)" : type, weekly, BigDecimal::add);
                    String provider = Entities.text(row, "PROVIDER_NAME");
                    totals.weeklyCostByProvider.merge(provider == null ? "(no provider)" : provider, weekly, BigDecimal::add);
                }
            }
        } else if (table == SourceTable.COUNCIL_ALLOCATIONS) {
            totals.relationshipDateTotal += epochDay(row.value("START_DATE")) + epochDay(row.value("END_DATE"));
        } else if (table == SourceTable.OXLEAS_CARE_COORDINATORS) {
            totals.relationshipDateTotal += epochDay(row.value("StartDateAssCareCoord"))
                    + epochDay(row.value("EndDateAssCareCoord"));
        } else if (table == SourceTable.COUNCIL_EVENTS && row.value("NEXT_REVIEW_DUE") != null) {
            totals.eventReviewDue.put(Entities.text(row, "EVENT_ID"), epochDay(row.value("NEXT_REVIEW_DUE")));
        }
    }

    private static long epochDay(Object date) {
        return date == null ? 0 : ((java.time.LocalDate) date).toEpochDay();
    }

    private void flush(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            inserter.insert("recon_source_row", SOURCE_ROW_COLUMNS, SOURCE_ROW_TYPES, rows);
            rows.clear();
        }
    }
}
