package org.carebridge.reconcile;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The legacy person records of a wave run's cohort and the merged person each belongs to. */
record CohortScope(long runId, String wave, Map<String, String> councilClients, Map<String, String> oxleasPatients) {

    static CohortScope of(JdbcTemplate jdbc, long runId, String wave) {
        Map<String, String> council = new HashMap<>();
        Map<String, String> oxleas = new HashMap<>();
        jdbc.query("SELECT source_system, source_id, person_id FROM wave_record WHERE run_id = ?", rs -> {
            ("COUNCIL".equals(rs.getString(1)) ? council : oxleas).put(rs.getString(2), rs.getString(3));
        }, runId);
        return new CohortScope(runId, wave, council, oxleas);
    }

    int records() {
        return councilClients.size() + oxleasPatients.size();
    }
}
