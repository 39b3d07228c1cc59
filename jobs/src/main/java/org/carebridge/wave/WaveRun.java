package org.carebridge.wave;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carebridge.reconcile.WaveReconciler;

/**
 * What one rehearsal or live run of a wave did.
 *
 * @param rowsPerTable    rows of this wave in the target schema after the run, per merged table
 * @param blockers        gates not clear (for a live run that was refused, the reason it was)
 * @param modelChecksum   checksum of the wave's rows in the target schema
 * @param reconciliation  the report pack written for the run ({@code null} when refused)
 */
public record WaveRun(long runId, String wave, String mode, String schema, int persons, int openClients,
                      Map<String, Long> rowsPerTable, List<Blocker> blockers, String modelChecksum, Duration elapsed,
                      boolean refused, WaveReconciler.Result reconciliation) {

    WaveRun withReconciliation(WaveReconciler.Result result) {
        return new WaveRun(runId, wave, mode, schema, persons, openClients, rowsPerTable, blockers, modelChecksum,
                elapsed, refused, result);
    }

    public long rowsLoaded() {
        return rowsPerTable.entrySet().stream().filter(e -> !e.getKey().equals("load_exclusion"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long rowsExcluded() {
        return rowsPerTable.getOrDefault("load_exclusion", 0L);
    }

    public List<Blocker> activeBlockers() {
        return blockers.stream().filter(b -> !b.overridden()).toList();
    }
}
