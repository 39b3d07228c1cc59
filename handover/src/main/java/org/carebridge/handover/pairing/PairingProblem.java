package org.carebridge.handover.pairing;

import java.util.List;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.Worker;

/**
 * One pairing run's input: the merged teams, every worker who could take clients (with the load they keep outside
 * this problem) and the clients who need a handover decision.
 */
public record PairingProblem(List<MergedTeam> teams, List<Worker> workers, List<HandoverClient> clients) {

    public PairingProblem {
        teams = List.copyOf(teams);
        workers = List.copyOf(workers);
        clients = List.copyOf(clients);
    }
}
