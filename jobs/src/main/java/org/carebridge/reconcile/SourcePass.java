package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.carebridge.database.BulkInserter;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.carebridge.mappings.MappingTableSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

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

        /** Adds another table's totals (every figure is a sum or a disjoint map, so the order does not matter). */
        Totals add(Totals other) {
            read.putAll(other.read);
            other.inCohort.forEach((k, v) -> inCohort.merge(k, v, Long::sum));
            personRecordsInCohort += other.personRecordsInCohort;
            weeklyCost = weeklyCost.add(other.weeklyCost);
            other.weeklyCostByServiceType.forEach((k, v) -> weeklyCostByServiceType.merge(k, v, BigDecimal::add));
            other.weeklyCostByProvider.forEach((k, v) -> weeklyCostByProvider.merge(k, v, BigDecimal::add));
            packageDateTotal += other.packageDateTotal;
            relationshipDateTotal += other.relationshipDateTotal;
            eventReviewDue.putAll(other.eventReviewDue);
            birthDay.putAll(other.birthDay);
            return this;
        }
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
    private final int parallelism;

    SourcePass(JdbcTemplate jdbc, long reconId, SourceReread source, SourceIndex index, QuarantineIndex quarantine,
               Expectations expect, int parallelism) {
        this.inserter = new BulkInserter(jdbc);
        this.reconId = reconId;
        this.source = source;
        this.index = index;
        this.quarantine = quarantine;
        this.expect = expect;
        this.parallelism = parallelism;
    }

    /**
     * Reads the tables side by side ({@code parallelism} at a time, largest file first), except that rows reached
     * through a referral wait for the referrals' own pass, which builds the referral → patient index they need.
     */
    Totals run() {
        List<SourceTable> tables = new ArrayList<>(Arrays.stream(SourceTable.values())
                .filter(t -> source.has(t.system())).toList());
        tables.sort(Comparator.comparingLong(source::sizeHint).reversed());
        ExecutorService pool = Executors.newFixedThreadPool(parallelism,
                new CustomizableThreadFactory("reconcile-"));
        try {
            CompletableFuture<Totals> referrals = tables.contains(SourceTable.OXLEAS_REFERRALS)
                    ? CompletableFuture.supplyAsync(() -> pass(SourceTable.OXLEAS_REFERRALS), pool)
                    : CompletableFuture.completedFuture(new Totals());
            List<CompletableFuture<Totals>> passes = new ArrayList<>(List.of(referrals));
            for (SourceTable table : tables) {
                if (table == SourceTable.OXLEAS_REFERRALS) {
                    continue;
                }
                passes.add(reachedThroughReferrals(table)
                        ? referrals.thenApplyAsync(done -> pass(table), pool)
                        : CompletableFuture.supplyAsync(() -> pass(table), pool));
            }
            Totals totals = new Totals();
            for (CompletableFuture<Totals> pass : passes) {
                totals.add(pass.join());
            }
            return totals;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean reachedThroughReferrals(SourceTable table) {
        return table == SourceTable.OXLEAS_CONTACTS || table == SourceTable.OXLEAS_REFERRAL_TEAMS;
    }

    /** One table: its count, its in-cohort rows' keys and hashes (to the scratch table) and its totals. */
    private Totals pass(SourceTable table) {
        Totals totals = new Totals();
        RowParser parser = new RowParser();
        List<EntityComparison> entities = Entities.all().stream().filter(e -> e.sourceTable() == table).toList();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> money = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
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
            for (EntityComparison entity : entities) {
                String person = entity.person(parsed, index);
                if (person == null) {
                    continue;
                }
                totals.inCohort.merge(entity.id(), 1L, Long::sum);
                rows.add(new Object[]{reconId, entity.id(), entity.key(parsed),
                        entity.sourceHash(parsed, person, expect).toString()});
                if (rows.size() >= BATCH) {
                    flush(rows);
                }
                addTotals(table, parsed, totals, money);
            }
        });
        flush(rows);
        flush(money);
        flush(links);
        totals.read.put(table, read);
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

    private void addTotals(SourceTable table, ParsedRow row, Totals totals, List<Object[]> money) {
        if (table == SourceTable.COUNCIL_SERVICES) {
            java.time.LocalDate end = (java.time.LocalDate) row.value("END_DATE");
            totals.packageDateTotal += epochDay(row.value("START_DATE")) + epochDay(end);
            if (expect.openAtCutover(end)) {
                BigDecimal weekly = expect.weeklyCost((BigDecimal) row.value("UNIT_COST"),
                        Entities.text(row, "COST_FREQUENCY"), (BigDecimal) row.value("PLANNED_UNITS_PER_WEEK"));
                if (weekly != null && index.councilPerson(row.value("CLIENT_ID")) != null) {
                    money.add(new Object[]{reconId, "money-weekly", row.sourceKey(),
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
