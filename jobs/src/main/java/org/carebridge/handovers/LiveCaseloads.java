package org.carebridge.handovers;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.merged.ClientComplexity;
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
        Map<String, Set<ClientFlag>> flags = new ClientComplexity(jdbc).flags(MergedModelSchema.LIVE, onDay);
        jdbc.query("SELECT worker_id, person_id FROM " + MergedModelSchema.LIVE + ".lead_worker WHERE wave_code <> ?",
                rs -> {
                    loads.merge(rs.getString(1), weighting.pointsFor(flags.getOrDefault(rs.getString(2), Set.of())),
                            Integer::sum);
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
