package org.carebridge.handover.pairing;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A pairing run's outcome, every list sorted by id so that equal inputs give equal output.
 *
 * @param proposals   one per paired client
 * @param unpaired    one per client no worker could take, with the reason
 * @param workerLoads every worker's load after the run
 * @param score       the sum of the partitions' scores (hard must be 0)
 * @param partitions  number of independent sub-problems solved
 */
public record PairingResult(List<Proposal> proposals, List<UnpairedClient> unpaired, List<WorkerLoad> workerLoads,
                            HardMediumSoftLongScore score, int partitions) {

    public PairingResult {
        proposals = List.copyOf(proposals);
        unpaired = List.copyOf(unpaired);
        workerLoads = List.copyOf(workerLoads);
    }
}
