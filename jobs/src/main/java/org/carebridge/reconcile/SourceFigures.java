package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.legacy.SourceTable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the source holds as far as the checks need it, combined from every table's partition of the source pass
 * (the rows each left in {@code recon_source_figure}). Counts and day-number sums are added up by the database;
 * amounts of money are kept as the exact decimals the partitions computed and added here, so that the figures, scale
 * included, are the ones a single pass over the extract gives.
 *
 * @param read                    rows in the extract per table; a table not read (its system not migrated) is absent
 * @param inCohort                in-cohort source rows per compared entity
 * @param personRecordsInCohort   council clients and Oxleas patients of the cohort
 * @param weeklyCost              weekly cost of the cohort's open packages
 * @param packageDateTotal        sum of package start and end dates as day numbers
 * @param relationshipDateTotal   sum of allocation and care-coordination start and end dates as day numbers
 */
record SourceFigures(Map<SourceTable, Long> read, Map<String, Long> inCohort, long personRecordsInCohort,
                     BigDecimal weeklyCost, Map<String, BigDecimal> weeklyCostByServiceType,
                     Map<String, BigDecimal> weeklyCostByProvider, long packageDateTotal, long relationshipDateTotal) {

    static final String READ = "read";
    /**
     * Rows a table's partition left in the unlogged scratch tables ({@code recon_source_row}, {@code recon_source_day},
     * {@code recon_referral}). This figure's own table is logged, so it survives a crash recovery that empties them.
     */
    static final String SCRATCH_ROWS = "scratch-rows";
    static final String IN_COHORT = "in-cohort";
    static final String PERSON_RECORDS = "person-records";
    static final String PACKAGE_DATES = "package-dates";
    static final String RELATIONSHIP_DATES = "relationship-dates";
    static final String WEEKLY_COST = "weekly-cost";
    static final String WEEKLY_COST_BY_SERVICE_TYPE = "weekly-cost-by-service-type";
    static final String WEEKLY_COST_BY_PROVIDER = "weekly-cost-by-provider";

    static final List<String> COLUMNS = List.of("recon_id", "source_table", "figure", "label", "whole", "decimal_text");
    static final int[] TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR};

    /** The figures every partition of reconciliation {@code reconId} left. */
    static SourceFigures of(JdbcTemplate jdbc, long reconId) {
        Map<SourceTable, Long> read = new EnumMap<>(SourceTable.class);
        jdbc.query("SELECT source_table, whole FROM recon_source_figure WHERE recon_id = ? AND figure = ?",
                rs -> { read.put(SourceTable.valueOf(rs.getString(1)), rs.getLong(2)); }, reconId, READ);
        Map<String, Long> inCohort = new HashMap<>();
        jdbc.query("SELECT label, SUM(whole) FROM recon_source_figure WHERE recon_id = ? AND figure = ? GROUP BY label",
                rs -> { inCohort.put(rs.getString(1), rs.getLong(2)); }, reconId, IN_COHORT);
        BigDecimal[] weekly = {BigDecimal.ZERO};
        Map<String, BigDecimal> byServiceType = new TreeMap<>();
        Map<String, BigDecimal> byProvider = new TreeMap<>();
        jdbc.query("SELECT figure, label, decimal_text FROM recon_source_figure WHERE recon_id = ? AND figure IN (?, ?, ?)",
                rs -> {
                    BigDecimal amount = new BigDecimal(rs.getString(3));
                    switch (rs.getString(1)) {
                        case WEEKLY_COST -> weekly[0] = weekly[0].add(amount);
                        case WEEKLY_COST_BY_SERVICE_TYPE -> byServiceType.merge(rs.getString(2), amount, BigDecimal::add);
                        default -> byProvider.merge(rs.getString(2), amount, BigDecimal::add);
                    }
                }, reconId, WEEKLY_COST, WEEKLY_COST_BY_SERVICE_TYPE, WEEKLY_COST_BY_PROVIDER);
        return new SourceFigures(read, inCohort, sum(jdbc, reconId, PERSON_RECORDS), weekly[0], byServiceType,
                byProvider, sum(jdbc, reconId, PACKAGE_DATES), sum(jdbc, reconId, RELATIONSHIP_DATES));
    }

    private static long sum(JdbcTemplate jdbc, long reconId, String figure) {
        Long total = jdbc.queryForObject("SELECT SUM(whole) FROM recon_source_figure WHERE recon_id = ? AND figure = ?",
                Long.class, reconId, figure);
        return total == null ? 0 : total;
    }
}
