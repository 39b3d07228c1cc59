package org.carebridge.load;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.carebridge.legacy.SourceTable;
import org.carebridge.quality.Mappings;
import org.carebridge.teams.MergedTeamsProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds a wave load's context from what is staged and configured now. */
@Component
public class LoadContextFactory {

    private final JdbcTemplate jdbc;
    private final Mappings mappings;
    private final MergedTeamsProperties teams;

    public LoadContextFactory(JdbcTemplate jdbc, Mappings mappings, MergedTeamsProperties teams) {
        this.jdbc = jdbc;
        this.mappings = mappings;
        this.teams = teams;
    }

    public LoadContext create(String waveCode, LocalDate cutover) {
        var mappingSet = mappings.load();
        Map<SourceTable, Set<Long>> orphans = new EnumMap<>(SourceTable.class);
        jdbc.query("SELECT source_table, row_no FROM dq_finding WHERE rule_id = 'ORPHAN_ROW'", rs -> {
            orphans.computeIfAbsent(SourceTable.valueOf(rs.getString(1)), t -> new HashSet<>()).add(rs.getLong(2));
        });
        return new LoadContext(waveCode, cutover, mappingSet, Workforce.staged(jdbc),
                TeamDirectory.staged(jdbc, teams, mappingSet), orphans);
    }
}
