package org.carebridge.load;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.carebridge.legacy.SourceTable;
import org.carebridge.mappings.MappingSet;

/**
 * What a wave load needs besides the person's own rows: the wave and its cutover date, the mappings, the
 * workforce plan, the team directory, and which staged rows are orphans (flagged, not loaded).
 */
public record LoadContext(String waveCode, LocalDate cutover, MappingSet mappings, Workforce workforce,
                          TeamDirectory teams, Map<SourceTable, Set<Long>> orphanRows) {

    public boolean isOrphan(StagedRow row) {
        Set<Long> orphans = orphanRows.get(row.table());
        return orphans != null && orphans.contains(row.rowNo());
    }
}
