package org.carebridge.console;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The operator's identity review queue as the console shows it: pairs of source records in the review band with
 * no reviewer decision yet (ids, probability and evidence levels; no personal value). Read from the identity
 * integration's tables when they exist in this build's schema.
 */
@Component
class IdentityReviewQueue {

    private final JdbcTemplate jdbc;

    IdentityReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean available() {
        Integer tables = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_name) IN ('identity_pair', 'identity_decision')", Integer.class);
        return tables != null && tables == 2;
    }

    List<Map<String, Object>> open(int limit) {
        return jdbc.queryForList("SELECT p.left_system, p.left_id, p.right_system, p.right_id, p.match_probability,"
                + " p.tier, p.evidence FROM identity_pair p WHERE p.decision = 'REVIEW' AND NOT EXISTS (SELECT 1"
                + " FROM identity_decision d WHERE d.left_system = p.left_system AND d.left_id = p.left_id"
                + " AND d.right_system = p.right_system AND d.right_id = p.right_id)"
                + " ORDER BY p.match_probability DESC, p.left_system, p.left_id, p.right_system, p.right_id"
                + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
    }
}
