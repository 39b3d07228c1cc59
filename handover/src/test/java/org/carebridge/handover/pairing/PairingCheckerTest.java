package org.carebridge.handover.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.handover.fixtures.ClientBuilder.CUTOVER;
import static org.carebridge.handover.fixtures.ClientBuilder.client;
import static org.carebridge.handover.fixtures.WorkerBuilder.worker;

import java.util.List;
import java.util.Map;

import org.carebridge.handover.fixtures.Teams;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Worker;
import org.junit.jupiter.api.Test;

class PairingCheckerTest {

    private final PairingChecker checker = new PairingChecker(Teams.all(), PairingPolicy.defaults());

    @Test
    void compliantWorkerPassesWithoutWarnings() {
        PairingCheck check = checker.check(client("P1").build(), worker("BC1").build(), 40, 0);

        assertThat(check.allowed()).isTrue();
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void everyBrokenHardRuleIsListed() {
        Worker wrong = worker("BC1").inTeams("BC-ADN").withCompetencies(Competency.OP)
                .availableFrom(CUTOVER).build();
        HandoverClient client = client("P1").withFlags(ClientFlag.MH, ClientFlag.CPA).build();

        PairingCheck check = checker.check(client, wrong, 99, 0);

        assertThat(check.allowed()).isFalse();
        assertThat(check.violations()).extracting(PairingCheck.Violation::rule).containsExactly(
                HardRule.TEAM_COVERS_CLIENT, HardRule.COMPETENCIES, HardRule.AVAILABILITY, HardRule.CAPACITY);
        assertThat(check.violations()).extracting(PairingCheck.Violation::detail).containsExactly(
                "worker BC1 is in no team covering SOUTH/MENTAL_HEALTH",
                "worker BC1 lacks CARE_COORDINATOR, MH",
                "worker BC1 is not in post from 2026-05-04 until after 2026-08-30",
                "worker BC1 would carry 103/100 points");
    }

    @Test
    void softIssuesAreWarningsNotViolations() {
        HandoverClient client = client("P1").withContinuingWorker("OXLEAS:CP1", "BC7").knownBy("BC7", 12)
                .preferringLanguage("pa").preferringWorkerGender("1").build();

        PairingCheck check = checker.check(client, worker("BC1").withGender("2").build(), 90, 3);

        assertThat(check.allowed()).isTrue();
        assertThat(check.warnings()).containsExactly(
                "continuity: continuing worker BC7 not kept",
                "familiarity: BC1 has 0 contacts in 2 years, BC7 has 12",
                "language: pa not spoken",
                "gender preference: 1 not met",
                "load: 93/100 after handover",
                "weekly limit: 4 new handovers that week, limit 3");
    }

    @Test
    void unpairedReasonNamesTheFirstRuleThatLeavesNoCandidate() {
        HandoverClient client = client("P1").build();
        Worker lateStarter = worker("BC1").availableFrom(CUTOVER).build();

        UnpairedClient unpaired = checker.explainUnpaired(client, List.of(lateStarter), Map.of());

        assertThat(unpaired.reason()).isEqualTo(UnpairedReason.NO_WORKER_AVAILABLE);
        assertThat(unpaired.detail()).isEqualTo("no worker in a team covering SOUTH/MENTAL_HEALTH has MH and is in "
                + "post from 2026-05-04 until after 2026-08-30");
    }

    @Test
    void unpairedReasonUsesTheLoadsAfterSolving() {
        HandoverClient client = client("P1").build();
        Worker worker = worker("BC1").withLoad(50).build();

        UnpairedClient unpaired = checker.explainUnpaired(client, List.of(worker), Map.of(worker, 98));

        assertThat(unpaired.reason()).isEqualTo(UnpairedReason.NO_SPARE_CAPACITY);
    }

    @Test
    void staticCandidatesLeaveOutWorkersWhoCanNeverTakeTheClient() {
        Worker fine = worker("BC1").build();
        Worker otherLocality = worker("BC2").inTeams("BC-MHN").build();
        Worker noMh = worker("BC3").withCompetencies(Competency.CARE_COORDINATOR).build();
        Worker leaving = worker("BC4").leavingOn(CUTOVER).build();
        Worker boroughWide = worker("BC5").inTeams("BC-MHB").build();

        assertThat(checker.staticCandidates(client("P1").build(), List.of(fine, otherLocality, noMh, leaving,
                boroughWide))).containsExactly(fine, boroughWide);
    }
}
