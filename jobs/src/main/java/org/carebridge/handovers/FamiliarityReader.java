package org.carebridge.handovers;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carebridge.load.Workforce;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How well each merged worker knows each client of a cohort: council case notes they wrote plus Oxleas contacts
 * they attended (codes 5 and 6) in the window before cutover. Two grouped queries over the whole cohort (listed in
 * {@code wave_record}); no query per person or per row. Legacy workers count under the merged id the workforce
 * plan gives them; workers with no merged id know nobody in the merged organisation.
 */
final class FamiliarityReader {

    private final JdbcTemplate jdbc;

    FamiliarityReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Person id → merged worker id → notes plus attended contacts, for the persons asked about. */
    Map<String, SortedMap<String, Integer>> read(long cohortRunId, LocalDate cutover, Period window,
                                                 Workforce workforce, Set<String> persons) {
        Timestamp from = Timestamp.valueOf(cutover.minus(window).atStartOfDay());
        Timestamp to = Timestamp.valueOf(cutover.atStartOfDay());
        Map<String, SortedMap<String, Integer>> familiarity = new HashMap<>();
        jdbc.query("SELECT w.person_id, n.worker_id, COUNT(*) FROM stg_council_case_notes n"
                + " JOIN wave_record w ON w.run_id = ? AND w.source_system = 'COUNCIL'"
                + " AND w.source_id = CAST(n.client_id AS VARCHAR(20))"
                + " WHERE n.note_date >= ? AND n.note_date < ? AND n.worker_id IS NOT NULL"
                + " GROUP BY w.person_id, n.worker_id", rs -> {
            add(familiarity, persons, workforce, rs.getString(1), "COUNCIL", rs.getString(2), rs.getInt(3));
        }, cohortRunId, from, to);
        jdbc.query("SELECT w.person_id, c.care_prof_local_id, COUNT(*) FROM stg_oxleas_contacts c"
                + " JOIN stg_oxleas_referrals r ON r.service_request_id = c.service_request_id"
                + " JOIN wave_record w ON w.run_id = ? AND w.source_system = 'OXLEAS' AND w.source_id = r.local_patient_id"
                + " WHERE c.care_cont_date >= ? AND c.care_cont_date < ? AND c.attend_or_dna_code IN ('5', '6')"
                + " AND c.care_prof_local_id IS NOT NULL"
                + " GROUP BY w.person_id, c.care_prof_local_id", rs -> {
            add(familiarity, persons, workforce, rs.getString(1), "OXLEAS", rs.getString(2), rs.getInt(3));
        }, cohortRunId, java.sql.Date.valueOf(cutover.minus(window)), java.sql.Date.valueOf(cutover));
        return familiarity;
    }

    private static void add(Map<String, SortedMap<String, Integer>> familiarity, Set<String> persons,
                            Workforce workforce, String person, String system, String legacyWorker, int count) {
        if (!persons.contains(person)) {
            return;
        }
        workforce.successor(system, legacyWorker).ifPresent(entry -> familiarity
                .computeIfAbsent(person, p -> new TreeMap<>()).merge(entry.workerId(), count, Integer::sum));
    }
}
