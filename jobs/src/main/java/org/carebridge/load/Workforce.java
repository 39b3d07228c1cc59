package org.carebridge.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staged workforce plan: which legacy workers continue, as whom, and each merged team's managers. */
public final class Workforce {

    /** One worker of the merged organisation. */
    public record Entry(String workerId, String legacySystem, String legacyWorkerId, String teamCode, String role,
                        String competencies, Integer capacityPoints, String languages, String gender,
                        LocalDate availableFrom, LocalDate leavingDate) {

        /** In post on the cutover date: arrived by then and not leaving on or before it. */
        public boolean inPostOn(LocalDate day) {
            return (availableFrom == null || !availableFrom.isAfter(day)) && (leavingDate == null || leavingDate.isAfter(day));
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byLegacy = new HashMap<>();
    /** Asked once per unallocated client: a scan of the whole workforce each time grew with clients × workers. */
    private final Map<String, List<Entry>> managersByTeam = new HashMap<>();

    public Workforce(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            if (e.legacySystem() != null && e.legacyWorkerId() != null) {
                byLegacy.putIfAbsent(e.legacySystem() + ":" + e.legacyWorkerId(), e);
            }
            if ("TEAM_MANAGER".equals(e.role()) && e.teamCode() != null) {
                managersByTeam.computeIfAbsent(e.teamCode(), t -> new ArrayList<>()).add(e);
            }
        }
    }

    public static Workforce staged(JdbcTemplate jdbc) {
        return new Workforce(jdbc.query("SELECT merged_worker_id, legacy_system, legacy_worker_id, merged_team_code, role,"
                + " competencies, capacity_points, languages, gender, available_from, leaving_date FROM stg_workforce"
                + " ORDER BY merged_worker_id", (rs, i) -> {
            int capacity = rs.getInt(7);
            return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.wasNull() ? null : capacity, rs.getString(8), rs.getString(9),
                    rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                    rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate());
        }));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The merged worker a legacy worker becomes, whatever their dates. */
    public Optional<Entry> successor(String legacySystem, String legacyWorkerId) {
        return legacyWorkerId == null ? Optional.empty() : Optional.ofNullable(byLegacy.get(legacySystem + ":" + legacyWorkerId));
    }

    /** The merged worker a legacy worker becomes, if they are in post on the cutover date. */
    public Optional<Entry> continuing(String legacySystem, String legacyWorkerId, LocalDate cutover) {
        return successor(legacySystem, legacyWorkerId).filter(e -> e.inPostOn(cutover));
    }

    /** The team's manager in post on the cutover date (the lowest id if several): who holds unallocated cases. */
    public Optional<Entry> teamManager(String teamCode, LocalDate cutover) {
        return managersByTeam.getOrDefault(teamCode, List.of()).stream().filter(e -> e.inPostOn(cutover))
                .min(Comparator.comparing(Entry::workerId));
    }
}
