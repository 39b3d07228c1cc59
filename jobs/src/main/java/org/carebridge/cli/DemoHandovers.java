package org.carebridge.cli;

import java.util.List;
import java.util.Set;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.CaseSummary;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.ProposalRun;
import org.carebridge.handovers.Viewer;
import org.carebridge.handovers.Viewers;
import org.carebridge.wave.Gate;
import org.carebridge.wave.WaveService;

/**
 * The demo's handover step: for each wave the mental-health gate blocks, propose handovers, approve them as the
 * teams' DEMO clinical leads (clearly labelled: in real use each lead decides in the console), and show the gate
 * clear. Synthetic data only.
 */
final class DemoHandovers {

    private static final Viewer GOVERNANCE = new Viewer("demo", Set.of(Viewer.GOVERNANCE), new java.util.TreeSet<>());

    private DemoHandovers() {
    }

    /**
     * Proposes handovers for the wave and approves every proposal as the team's DEMO clinical lead (clearly
     * labelled: in real use each lead decides in the console), then reports whether the gate is clear.
     */
    static void proposeAndApprove(ApplicationContextHolder context, Console console, String wave) {
        proposeAndApprove(context, console, wave, "DEMO");
    }

    /** As above, with the label the approvals carry ({@code DEMO}, {@code BENCHMARK}). */
    static int proposeAndApprove(ApplicationContextHolder context, Console console, String wave, String label) {
        WaveService waves = context.bean(WaveService.class);
        HandoverService handovers = context.bean(HandoverService.class);
        Viewers viewers = context.bean(Viewers.class);
        ProposalRun run = handovers.propose(wave, label.toLowerCase(java.util.Locale.ROOT));
        HandoverFigures.print(console, run);
        List<CaseSummary> proposed = handovers.list(GOVERNANCE, wave, HandoverState.PROPOSED, 100_000);
        for (CaseSummary c : proposed) {
            String lead = context.bean(org.carebridge.handovers.TeamCatalogue.class).clinicalLeadOf(c.teamCode())
                    .orElseThrow();
            handovers.approve(viewers.commandLine(lead, Viewer.CLINICAL_LEAD), c.caseId(),
                    label + ": approved by the demo account " + lead + " on synthetic data; not a clinical decision");
        }
        console.result("   " + label + ": " + proposed.size() + " proposals approved as the teams' demo clinical leads"
                + " (demo-only accounts; in real use each lead decides in the console: ./carebridge serve).");
        int after = handoverBlockers(waves, wave);
        console.result("   " + wave + ": gate " + Gate.HANDOVER_NOT_APPROVED + (after == 0 ? " is clear"
                : " still names " + after + " clients (unpaired: see the run above)") + ".");
        return proposed.size();
    }

    private static int handoverBlockers(WaveService waves, String wave) {
        return waves.blockers(wave).stream().filter(b -> b.gate() == Gate.HANDOVER_NOT_APPROVED)
                .mapToInt(b -> (int) b.count()).sum();
    }
}
