package org.carebridge.handovers;

import java.util.List;
import java.util.Map;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.needs.HandoverNeed;
import org.carebridge.load.Workforce;
import org.carebridge.wave.WavesProperties.Wave;

/**
 * A wave's handover problem as read from staging: who needs a handover and why, each such client as the pairing
 * sees them, those who cannot even be put to the solver (and why), and the load each worker keeps outside it.
 *
 * @param cohortRunId   the scratch run under which the cohort is listed in {@code wave_record}
 * @param outsideLoads  worker id → points of clients they keep that are in no handover: live clients of other
 *                      waves and this wave's clients whose lead worker continues
 */
record WaveProblem(Wave wave, long cohortRunId, int cohortPersons, int openClients, List<HandoverNeed> needs,
                   List<HandoverClient> clients, List<Unbuildable> unbuildable, Map<String, Integer> outsideLoads,
                   Workforce workforce) {

    /** A client needing a handover whose locality or service line is unknown, so no team can be chosen. */
    record Unbuildable(HandoverNeed need, String reason, String detail) {
    }
}
