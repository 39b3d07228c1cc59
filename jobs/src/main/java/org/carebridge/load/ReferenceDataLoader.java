package org.carebridge.load;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.merged.MergeWriter;
import org.carebridge.merged.MergedTable;
import org.carebridge.merged.RowHash;
import org.carebridge.teams.MergedTeamsProperties;

/** Loads the merged teams (from configuration) and workers (from the workforce plan): reference data no wave owns. */
public final class ReferenceDataLoader {

    private final MergeWriter writer;

    public ReferenceDataLoader(MergeWriter writer) {
        this.writer = writer;
    }

    public void load(String schema, MergedTeamsProperties teams, Workforce workforce) {
        List<Object[]> teamRows = new ArrayList<>();
        teams.mergedTeams().forEach(t -> teamRows.add(new Object[]{t.code(), t.name(), t.locality(),
                String.join(";", t.serviceLines()), t.clinicalLead()}));
        writer.write(schema, MergedTable.TEAM, teamRows);
        List<Object[]> workerRows = new ArrayList<>();
        for (Workforce.Entry e : workforce.entries()) {
            Object[] content = {e.workerId(), e.teamCode(), e.role(), e.competencies(), e.capacityPoints(), e.languages(),
                    e.gender(), e.availableFrom(), e.leavingDate(), e.legacySystem(), e.legacyWorkerId()};
            Object[] row = new Object[content.length + 1];
            System.arraycopy(content, 0, row, 0, content.length);
            row[content.length] = RowHash.of(content);
            workerRows.add(row);
        }
        writer.write(schema, MergedTable.WORKER, workerRows);
    }
}
