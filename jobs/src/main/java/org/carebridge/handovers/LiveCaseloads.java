package org.carebridge.handovers;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.merged.MergedModelSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Weighted caseloads workers already carry in the live merged model: every open client of a wave already cut
 * over whose lead worker they are, weighted like a handover client (open CPA episode, current S117, CTO and
 * high-risk flags). Empty until a wave is live.
 */
final class LiveCaseloads {

    private final JdbcTemplate jdbc;

    LiveCaseloads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Worker id → points of the live clients they lead, other than those of {@code wave}. */
    Map<String, Integer> outside(String wave, LocalDate onDay, CaseloadWeighting weighting) {
        Map<String, Integer> loads = new TreeMap<>();
        if (!liveModelExists()) {
            return loads;
        }
        String schema = MergedModelSchema.LIVE;
        Set<String> cpa = new HashSet<>(jdbc.queryForList("SELECT DISTINCT person_id FROM " + schema
                + ".episode WHERE status = 'OPEN'", String.class));
        Map<String, Set<ClientFlag>> flags = new HashMap<>();
        jdbc.query("SELECT person_id, flag_type FROM " + schema + ".risk_flag WHERE (start_date IS NULL OR start_date <= ?)"
                + " AND (end_date IS NULL OR end_date >= ?)", rs -> {
            for (ClientFlag flag : ClientFlag.values()) {
                if (flag.name().equals(rs.getString(2))) {
                    flags.computeIfAbsent(rs.getString(1), p -> EnumSet.noneOf(ClientFlag.class)).add(flag);
                }
            }
        }, Date.valueOf(onDay), Date.valueOf(onDay));
        jdbc.query("SELECT worker_id, person_id FROM " + schema + ".lead_worker WHERE wave_code <> ?", rs -> {
            Set<ClientFlag> personFlags = EnumSet.noneOf(ClientFlag.class);
            personFlags.addAll(flags.getOrDefault(rs.getString(2), Set.of()));
            if (cpa.contains(rs.getString(2))) {
                personFlags.add(ClientFlag.CPA);
            }
            loads.merge(rs.getString(1), CaseloadPoints.of(weighting, personFlags), Integer::sum);
        }, wave);
        return loads;
    }

    private boolean liveModelExists() {
        Integer tables = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_schema) = ? AND LOWER(table_name) = 'lead_worker'", Integer.class,
                MergedModelSchema.LIVE);
        return tables != null && tables > 0;
    }
}
