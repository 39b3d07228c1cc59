package org.carebridge.handover.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.carebridge.handover.model.CurrentWorker;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.Worker;

/**
 * Turns a solved pairing into a proposal a clinical lead can read at a glance: what drove it, from the facts
 * (continuity, contacts, capacity after, language, gender, team), and the soft issues as warnings. Ids, codes and
 * figures only.
 */
final class ProposalExplainer {

    private final List<MergedTeam> teams;
    private final PairingChecker checker;

    ProposalExplainer(List<MergedTeam> teams, PairingChecker checker) {
        this.teams = List.copyOf(teams);
        this.checker = checker;
    }

    /**
     * @param loadAfter            the worker's load including this client
     * @param newHandoversThatWeek the worker's new handovers in the client's handover week, this one included
     */
    Proposal explain(Pairing pairing, int loadAfter, int newHandoversThatWeek, List<ScoreImpact> breakdown) {
        HandoverClient client = pairing.getClient();
        Worker worker = pairing.getWorker();
        boolean keeps = client.isCurrentWorker(worker.id());
        int known = client.familiarityWith(worker.id());

        List<String> drivers = new ArrayList<>();
        if (keeps) {
            drivers.add("continuity: keeps current worker " + worker.id());
        }
        if (known > 0) {
            drivers.add("known: " + known + " contacts in 2 years");
        }
        drivers.add("capacity after: " + loadAfter + "/" + worker.capacityPoints());
        if (client.preferredLanguage() != null && worker.speaks(client.preferredLanguage())) {
            drivers.add("language: " + client.preferredLanguage());
        }
        if (client.preferredWorkerGender() != null && client.preferredWorkerGender().equals(worker.gender())) {
            drivers.add("gender preference: met");
        }
        drivers.add("team: " + coveringTeam(client, worker) + " covers " + client.locality() + "/"
                + client.serviceLine());
        if (!client.requiredCompetencies().isEmpty()) {
            drivers.add("competencies: " + client.requiredCompetencies().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", ")));
        }
        drivers.add("weight: " + pairing.getWeight() + " points");

        int newBefore = keeps ? newHandoversThatWeek : newHandoversThatWeek - 1;
        PairingCheck check = checker.check(client, worker, loadAfter - pairing.getWeight(), newBefore);
        List<String> warnings = new ArrayList<>();
        check.violations().forEach(violation -> warnings.add("HARD " + violation.rule() + ": " + violation.detail()));
        warnings.addAll(check.warnings());

        return new Proposal(client.personId(), worker.id(), outgoing(client, worker), keeps, pairing.getWeight(),
                known, breakdown, drivers, warnings);
    }

    private static List<String> outgoing(HandoverClient client, Worker incoming) {
        List<String> refs = new ArrayList<>();
        for (CurrentWorker current : client.currentWorkers()) {
            if (!incoming.id().equals(current.mergedWorkerId())) {
                refs.add(current.legacyWorkerRef());
            }
        }
        return refs;
    }

    private String coveringTeam(HandoverClient client, Worker worker) {
        for (MergedTeam team : teams) {
            if (worker.teamCodes().contains(team.code()) && team.covers(client.locality(), client.serviceLine())) {
                return team.code();
            }
        }
        return "none";
    }
}
