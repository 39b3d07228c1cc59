package org.carebridge.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names exactly one lead worker for an open client, at the wave's cutover:
 * <ol>
 * <li>a current legacy lead (Oxleas care coordinator first, then council key worker, most recent first) who is in
 * post in the merged organisation on the cutover date: basis CONTINUING;</li>
 * <li>otherwise the manager of the merged team that takes the client (from their current legacy teams): basis
 * INTERIM_TEAM_MANAGER, holding the case until a planned handover names a worker;</li>
 * <li>otherwise nobody, with the reason (the wave cannot cut over).</li>
 * </ol>
 */
public final class LeadWorkerResolver {

    /** A current legacy lead relationship (key worker or care coordinator). */
    public record CurrentLead(String system, String legacyWorkerId, String legacyTeam, LocalDate start,
                              boolean careCoordinator) {
    }

    private final LoadContext context;

    public LeadWorkerResolver(LoadContext context) {
        this.context = context;
    }

    /**
     * @param leads          current lead relationships
     * @param otherTeams     legacy teams of the client's other current involvement ("SYSTEM:TEAM"), used when no lead
     *                       relationship tells the team
     * @param personLocality the person's locality, for borough-wide legacy teams
     */
    public LeadWorkerDecision decide(List<CurrentLead> leads, List<String> otherTeams, String personLocality) {
        List<CurrentLead> ordered = new ArrayList<>(leads);
        ordered.sort(Comparator.comparing((CurrentLead l) -> !l.careCoordinator())
                .thenComparing(CurrentLead::start, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CurrentLead::legacyWorkerId));
        for (CurrentLead lead : ordered) {
            Optional<Workforce.Entry> worker = context.workforce().continuing(lead.system(), lead.legacyWorkerId(),
                    context.cutover());
            if (worker.isPresent()) {
                return new LeadWorkerDecision(worker.get().workerId(), worker.get().teamCode(), "CONTINUING", null);
            }
        }
        List<String> teams = new ArrayList<>();
        ordered.forEach(l -> teams.add(l.system() + ":" + l.legacyTeam()));
        teams.addAll(otherTeams);
        for (String team : teams) {
            int colon = team.indexOf(':');
            Optional<String> merged = context.teams().mergedTeam(team.substring(0, colon), team.substring(colon + 1),
                    personLocality);
            if (merged.isPresent()) {
                Optional<Workforce.Entry> manager = context.workforce().teamManager(merged.get(), context.cutover());
                if (manager.isPresent()) {
                    return new LeadWorkerDecision(manager.get().workerId(), merged.get(), "INTERIM_TEAM_MANAGER", null);
                }
                return LeadWorkerDecision.none("merged team " + merged.get() + " has no team manager in post on "
                        + context.cutover());
            }
        }
        return LeadWorkerDecision.none(teams.isEmpty() ? "no current legacy team or worker"
                : "no merged team for the client's legacy teams " + String.join(", ", teams));
    }
}
