package org.carebridge.handovers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.carebridge.audit.AuditTrail;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.Blocker;
import org.carebridge.wave.Gate;
import org.carebridge.wave.WaveService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Handovers of the mental-health wave end to end on generated data, through the service: proposals stored as
 * cases, decisions through the state machine with their audit entries, reach by team, re-proposal, and the wave
 * gate. Each database has a subclass supplying the Spring context.
 */
abstract class HandoverScenarioContract {

    static final String WAVE = HandoverTestSupport.MH_WAVE;

    @Autowired
    HandoverService handovers;

    @Autowired
    WaveService waves;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    TeamCatalogue teams;

    @BeforeEach
    void freshState() throws Exception {
        HandoverTestSupport.freshState(jdbc, staging);
    }

    Viewer leadOf(CaseSummary c) {
        String lead = teams.clinicalLeadOf(c.teamCode()).orElseThrow();
        return new Viewer(lead, Set.of(Viewer.CLINICAL_LEAD), teams.teamsLedBy(lead));
    }

    static final Viewer GOVERNANCE = new Viewer("board", Set.of(Viewer.GOVERNANCE), new TreeSet<>());

    List<CaseSummary> cases() {
        return handovers.list(GOVERNANCE, WAVE, null, 10_000);
    }

    CaseSummary firstLongStanding() {
        return cases().stream().filter(CaseSummary::longStanding).findFirst().orElseThrow();
    }

    List<String> handoverBlockers() {
        return waves.blockers(WAVE).stream().filter(b -> b.gate() == Gate.HANDOVER_NOT_APPROVED)
                .flatMap(b -> b.items().stream()).toList();
    }

    @Test
    void proposingTheWaveGivesEveryClientNeedingAHandoverAProposedCaseOrAnUnpairedReason() {
        ProposalRun run = handovers.propose(WAVE, "operator");

        assertThat(run.needingHandover()).isPositive();
        assertThat(run.longStanding()).isPositive();
        assertThat(run.proposals() + run.unpaired().size()).isEqualTo(run.needingHandover());
        assertThat(cases()).hasSize(run.proposals()).allSatisfy(c -> assertThat(c.state())
                .isEqualTo(HandoverState.PROPOSED));
        assertThat(run.unpaired()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    @Test
    void everyProposalIsATransitionWithAnAuditEntryNamingTheSystem() {
        handovers.propose(WAVE, "operator");
        CaseSummary any = cases().get(0);

        CaseDetail detail = CaseDetail.of(handovers.find(GOVERNANCE, any.caseId()));

        assertThat(detail.transitions()).singleElement().satisfies(t -> {
            assertThat(t.to()).isEqualTo(HandoverState.PROPOSED);
            assertThat(t.role()).isEqualTo("SYSTEM");
        });
        assertThat(detail.drivers()).isNotEmpty();
        assertThat(audit.about("HANDOVER", any.caseId())).extracting(e -> e.action())
                .containsExactly("HANDOVER_PROPOSED");
    }

    @Test
    void theHandoverGateClearsExactlyForTheApprovedLongStandingClient() {
        handovers.propose(WAVE, "operator");
        CaseSummary longStanding = firstLongStanding();
        List<String> before = handoverBlockers();
        assertThat(before).contains(longStanding.personId());

        handovers.approve(leadOf(longStanding), longStanding.caseId(), "knows the team");

        List<String> after = handoverBlockers();
        assertThat(after).doesNotContain(longStanding.personId()).hasSize(before.size() - 1);
    }

    @Test
    void aLeadOfAnotherTeamCanNeitherSeeNorDecideACase_andTheAttemptIsAudited() {
        handovers.propose(WAVE, "operator");
        CaseSummary target = firstLongStanding();
        String otherLead = teams.teams().stream().filter(t -> !t.code().equals(target.teamCode()))
                .map(t -> t.clinicalLead()).filter(l -> !teams.teamsLedBy(l).contains(target.teamCode()))
                .findFirst().orElseThrow();
        Viewer outsider = new Viewer(otherLead, Set.of(Viewer.CLINICAL_LEAD), teams.teamsLedBy(otherLead));

        assertThat(handovers.list(outsider, WAVE, null, 10_000)).extracting(CaseSummary::caseId)
                .doesNotContain(target.caseId());
        assertThatThrownBy(() -> handovers.approve(outsider, target.caseId(), "mine now"))
                .isInstanceOf(HandoverAccessDenied.class);
        assertThat(audit.about("HANDOVER", target.caseId())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("HANDOVER_ACCESS_DENIED");
            assertThat(e.actor()).isEqualTo(otherLead);
        });
        assertThat(handovers.find(GOVERNANCE, target.caseId()).handover().state()).isEqualTo(HandoverState.PROPOSED);
    }

    @Test
    void governanceReadsEveryCaseButCannotApprove() {
        handovers.propose(WAVE, "operator");
        CaseSummary target = firstLongStanding();

        assertThatThrownBy(() -> handovers.approve(GOVERNANCE, target.caseId(), "looks fine"))
                .isInstanceOf(HandoverAccessDenied.class);
        assertThat(handovers.find(GOVERNANCE, target.caseId()).handover().state()).isEqualTo(HandoverState.PROPOSED);
    }

    @Test
    void aRejectionNeedsAReason() {
        handovers.propose(WAVE, "operator");
        CaseSummary target = cases().get(0);

        assertThatThrownBy(() -> handovers.reject(leadOf(target), target.caseId(), " "))
                .isInstanceOf(HandoverRefused.class).hasMessageContaining("reason is required");
    }

    @Test
    void reproposingKeepsDecidedCasesAndProposesRejectedAndUndecidedClientsAfresh() {
        handovers.propose(WAVE, "operator");
        List<CaseSummary> first = cases();
        CaseSummary approved = first.get(0);
        CaseSummary rejected = first.get(1);
        handovers.approve(leadOf(approved), approved.caseId(), "");
        handovers.reject(leadOf(rejected), rejected.caseId(), "client moving out of borough");

        ProposalRun again = handovers.propose(WAVE, "operator");

        List<CaseSummary> second = cases();
        assertThat(again.keptDecided()).isEqualTo(1);
        assertThat(second).filteredOn(c -> c.personId().equals(approved.personId())).singleElement()
                .satisfies(c -> assertThat(c.caseId()).isEqualTo(approved.caseId()));
        assertThat(second).filteredOn(c -> c.personId().equals(rejected.personId())).singleElement()
                .satisfies(c -> {
                    assertThat(c.caseId()).isNotEqualTo(rejected.caseId());
                    assertThat(c.state()).isEqualTo(HandoverState.PROPOSED);
                });
        assertThat(second).hasSameSizeAs(first);
    }

    @Test
    void aRepairWithAnEligibleWorkerChangesTheIncomingWorkerAndIsRecordedWithItsReason() {
        handovers.propose(WAVE, "operator");
        CaseSummary target = firstLongStanding();
        Viewer lead = leadOf(target);
        EligibleWorker other = handovers.eligibleWorkers(lead, target.caseId(), "", 50).stream()
                .filter(EligibleWorker::eligible).findFirst().orElseThrow();

        handovers.repair(lead, target.caseId(), other.workerId(), "worked with the family before");

        CaseDetail detail = CaseDetail.of(handovers.find(lead, target.caseId()));
        assertThat(detail.state()).isEqualTo(HandoverState.REPAIRED);
        assertThat(detail.incomingWorker()).isEqualTo(other.workerId());
        assertThat(detail.transitions().get(1).reason()).isEqualTo("worked with the family before");
        assertThat(handoverBlockers()).doesNotContain(target.personId());
    }

    @Test
    void aRepairBreakingAHardRuleIsRefused() {
        handovers.propose(WAVE, "operator");
        CaseSummary target = firstLongStanding();
        Viewer lead = leadOf(target);
        EligibleWorker breaking = handovers.eligibleWorkers(lead, target.caseId(), "", 10_000).stream()
                .filter(w -> !w.eligible()).findFirst().orElseThrow();

        assertThatThrownBy(() -> handovers.repair(lead, target.caseId(), breaking.workerId(), "try"))
                .isInstanceOf(HandoverRefused.class);
        assertThat(handovers.find(lead, target.caseId()).handover().state()).isEqualTo(HandoverState.PROPOSED);
    }
}
