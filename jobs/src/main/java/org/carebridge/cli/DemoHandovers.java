package org.carebridge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.CaseSummary;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.ProposalRun;
import org.carebridge.handovers.Viewer;
import org.carebridge.handovers.Viewers;
import org.carebridge.wave.Blocker;
import org.carebridge.wave.Gate;
import org.carebridge.wave.WaveService;
import org.carebridge.wave.WavesProperties;

/**
 * The demo's handover step: for each wave the mental-health gate blocks, propose handovers, approve them as the
 * teams' DEMO clinical leads (clearly labelled: in real use each lead decides in the console), and show the gate
 * clear. Synthetic data only.
 */
final class DemoHandovers {

    private static final Viewer GOVERNANCE = new Viewer("demo", Set.of(Viewer.GOVERNANCE), new java.util.TreeSet<>());

    private DemoHandovers() {
    }

    static void run(ApplicationContextHolder context, Console console, Path data) {
        if (AnswerKeyPeople.registerIfNone(context, data)) {
            console.result("   (people linked by the generator's answer key: demo only, identity resolution not shown)");
        }
        WaveService waves = context.bean(WaveService.class);
        HandoverService handovers = context.bean(HandoverService.class);
        Viewers viewers = context.bean(Viewers.class);
        for (WavesProperties.Wave wave : context.bean(WavesProperties.class).plan()) {
            int before = handoverBlockers(waves, wave.code());
            if (before == 0) {
                continue;
            }
            console.result("   " + wave.code() + ": " + before + " long-standing mental-health clients without an"
                    + " approved handover block cutover (gate " + Gate.HANDOVER_NOT_APPROVED + ").");
            ProposalRun run = handovers.propose(wave.code(), "demo");
            HandoverFigures.print(console, run);
            List<CaseSummary> proposed = handovers.list(GOVERNANCE, wave.code(), HandoverState.PROPOSED, 100_000);
            for (CaseSummary c : proposed) {
                String lead = context.bean(org.carebridge.handovers.TeamCatalogue.class).clinicalLeadOf(c.teamCode())
                        .orElseThrow();
                handovers.approve(viewers.commandLine(lead, Viewer.CLINICAL_LEAD), c.caseId(),
                        "DEMO: approved by the demo account " + lead + " to show the gate; not a clinical decision");
            }
            console.result("   DEMO: " + proposed.size() + " proposals approved as the teams' demo clinical leads"
                    + " (demo-only accounts; in real use each lead decides in the console: ./carebridge serve).");
            int after = handoverBlockers(waves, wave.code());
            console.result("   " + wave.code() + ": gate " + Gate.HANDOVER_NOT_APPROVED + (after == 0 ? " is clear"
                    : " still names " + after + " clients (unpaired: see the run above)") + ".");
        }
    }

    private static int handoverBlockers(WaveService waves, String wave) {
        return waves.blockers(wave).stream().filter(b -> b.gate() == Gate.HANDOVER_NOT_APPROVED)
                .mapToInt(b -> (int) b.count()).sum();
    }
}
