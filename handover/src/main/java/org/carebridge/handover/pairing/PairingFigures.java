package org.carebridge.handover.pairing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carebridge.handover.model.HandoverClient;

/**
 * The figures the programme reports for a pairing run (the "done when"): how many long-standing
 * mental-health clients stay with a worker who knows them, the largest load against capacity, and who is unpaired
 * and why.
 *
 * @param clients                   clients in the problem
 * @param proposals                 clients paired
 * @param keptCurrentWorker         proposals that keep a worker who already holds the client
 * @param longStanding              long-standing mental-health clients in the problem
 * @param longStandingWithKnownWorker of those, paired with a current worker or one with contacts in 2 years
 * @param busiestWorker             the worker with the highest load ratio after the run, if any
 * @param unpairedByReason          unpaired clients counted per reason
 */
public record PairingFigures(int clients, int proposals, int keptCurrentWorker, int longStanding,
                             int longStandingWithKnownWorker, Optional<WorkerLoad> busiestWorker,
                             SortedMap<UnpairedReason, Integer> unpairedByReason) {

    public PairingFigures {
        unpairedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(unpairedByReason));
    }

    public static PairingFigures of(List<HandoverClient> clients, PairingResult result) {
        Map<String, HandoverClient> byId = clients.stream()
                .collect(Collectors.toMap(HandoverClient::personId, Function.identity()));
        int kept = 0;
        int longStandingKnown = 0;
        for (Proposal proposal : result.proposals()) {
            kept += proposal.keepsCurrentWorker() ? 1 : 0;
            HandoverClient client = byId.get(proposal.personId());
            boolean known = proposal.keepsCurrentWorker() || proposal.knownContacts() > 0;
            if (client != null && client.isLongStandingMentalHealth() && known) {
                longStandingKnown++;
            }
        }
        int longStanding = (int) clients.stream().filter(HandoverClient::isLongStandingMentalHealth).count();
        Optional<WorkerLoad> busiest = result.workerLoads().stream()
                .reduce((left, right) -> right.ratio() > left.ratio() ? right : left);
        Map<UnpairedReason, Integer> unpaired = new EnumMap<>(UnpairedReason.class);
        result.unpaired().forEach(client -> unpaired.merge(client.reason(), 1, Integer::sum));
        return new PairingFigures(clients.size(), result.proposals().size(), kept, longStanding, longStandingKnown,
                busiest, new TreeMap<>(unpaired));
    }

    /** Share of long-standing mental-health clients kept with a worker who knows them (1 when there are none). */
    public double longStandingKnownShare() {
        return longStanding == 0 ? 1.0 : (double) longStandingWithKnownWorker / longStanding;
    }

    public int unpaired() {
        return unpairedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
