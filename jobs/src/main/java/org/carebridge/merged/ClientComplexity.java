package org.carebridge.merged;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.carebridge.handover.model.ClientFlag;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complexity flags that weight a client's caseload, as a merged model (live or rehearsal) records them: an open
 * CPA episode, and S117, CTO and high-risk flags current on a day.
 */
public final class ClientComplexity {

    private final JdbcTemplate jdbc;

    public ClientComplexity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Person id → flags, for every person in {@code schema} who has at least one. */
    public Map<String, Set<ClientFlag>> flags(String schema, LocalDate onDay) {
        Map<String, Set<ClientFlag>> flags = new HashMap<>();
        jdbc.query("SELECT DISTINCT person_id FROM " + schema + ".episode WHERE status = 'OPEN'",
                rs -> {
                    add(flags, rs.getString(1), ClientFlag.CPA);
                });
        jdbc.query("SELECT person_id, flag_type FROM " + schema + ".risk_flag WHERE (start_date IS NULL OR start_date <= ?)"
                + " AND (end_date IS NULL OR end_date >= ?)", rs -> {
            for (ClientFlag flag : ClientFlag.values()) {
                if (flag.name().equals(rs.getString(2))) {
                    add(flags, rs.getString(1), flag);
                }
            }
        }, Date.valueOf(onDay), Date.valueOf(onDay));
        return flags;
    }

    private static void add(Map<String, Set<ClientFlag>> flags, String person, ClientFlag flag) {
        flags.computeIfAbsent(person, p -> EnumSet.noneOf(ClientFlag.class)).add(flag);
    }
}
