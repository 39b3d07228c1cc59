package org.carebridge.handover.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.handover.fixtures.ClientBuilder.CUTOVER;
import static org.carebridge.handover.fixtures.ClientBuilder.client;
import static org.carebridge.handover.fixtures.WorkerBuilder.worker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.carebridge.handover.fixtures.Teams;
import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.handover.pairing.PairingChecker;
import org.carebridge.handover.pairing.PairingPolicy;
import org.carebridge.handover.pairing.Proposal;
import org.carebridge.handover.plan.HandoverPlanBuilder;
import org.carebridge.handover.plan.PlanSettings;
import org.junit.jupiter.api.Test;

class HandoverWorkflowTest {

    private static final String LEAD = "lead.mh.south";
    private static final Actor THE_LEAD = Actor.lead(LEAD);
    private static final Actor INCOMING = Actor.worker("BC2");

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock(CUTOVER.minusDays(40));
    private final HandoverWorkflow workflow = new HandoverWorkflow(clock,
            new PairingChecker(Teams.all(), PairingPolicy.defaults()),
            new HandoverPlanBuilder(PlanSettings.defaults()));

    private static final HandoverClient ROUTINE = client("P1").withLeavingWorker("COUNCIL:7").build();
    private static final HandoverClient LONG_STANDING = client("P2").withLeavingWorker("OXLEAS:CP1")
            .because(HandoverReason.LONG_STANDING_MH, HandoverReason.WORKER_NOT_CONTINUING).build();

    private static Proposal proposalFor(HandoverClient client, String workerId) {
        List<String> outgoing = client.currentWorkers().stream().map(c -> c.legacyWorkerRef()).toList();
        return new Proposal(client.personId(), workerId, outgoing, false, 3, 0, List.of(),
                List.of("capacity after: 50/100"), List.of());
    }

    private HandoverCase proposed(HandoverClient client) {
        return workflow.propose(proposalFor(client, "BC2"), client, LEAD);
    }

    private HandoverCase accepted(HandoverClient client) {
        HandoverCase handover = workflow.approve(proposed(client), THE_LEAD, "agreed at MDT");
        return workflow.accept(handover, INCOMING);
    }

    @Test
    void proposalOpensInProposedWithAnAuditedPlan() {
        HandoverCase handover = proposed(ROUTINE);

        assertThat(handover.state()).isEqualTo(HandoverState.PROPOSED);
        assertThat(handover.plan().jointVisits()).hasSize(2);
        assertThat(handover.auditTrail()).singleElement().satisfies(event -> {
            assertThat(event.from()).isNull();
            assertThat(event.to()).isEqualTo(HandoverState.PROPOSED);
            assertThat(event.actorRole()).isEqualTo(ActorRole.SYSTEM);
            assertThat(event.detail()).isEqualTo("capacity after: 50/100");
        });
    }

    @Test
    void clinicalLeadApprovesAndTheAuditSaysWhoWhenFromToAndWhy() {
        HandoverCase handover = workflow.approve(proposed(ROUTINE), THE_LEAD, "agreed at MDT");

        assertThat(handover.state()).isEqualTo(HandoverState.APPROVED);
        AuditEvent event = handover.auditTrail().get(1);
        assertThat(event.actorId()).isEqualTo(LEAD);
        assertThat(event.at()).isEqualTo(clock.instant());
        assertThat(event.from()).isEqualTo(HandoverState.PROPOSED);
        assertThat(event.to()).isEqualTo(HandoverState.APPROVED);
        assertThat(event.reason()).isEqualTo("agreed at MDT");
    }

    @Test
    void anotherTeamsLeadMayNotApprove() {
        assertThatThrownBy(() -> workflow.approve(proposed(ROUTINE), Actor.lead("lead.mh.north"), "ok"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("handover of P1 to APPROVED refused: only clinical lead lead.mh.south may decide, "
                        + "not lead.mh.north");
    }

    @Test
    void systemMayApproveARoutineHandover() {
        assertThat(workflow.approve(proposed(ROUTINE), Actor.system(), "routine").state())
                .isEqualTo(HandoverState.APPROVED);
    }

    @Test
    void longStandingMentalHealthClientIsNeverApprovedAutomatically() {
        HandoverCase handover = proposed(LONG_STANDING);

        assertThatThrownBy(() -> workflow.approve(handover, Actor.system(), "routine"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("never approved automatically");
        assertThat(handover.state()).isEqualTo(HandoverState.PROPOSED);
        assertThat(handover.auditTrail()).hasSize(1);
    }

    @Test
    void rejectionNeedsAReason() {
        assertThatThrownBy(() -> workflow.reject(proposed(ROUTINE), THE_LEAD, " "))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("a reason is required");
    }

    @Test
    void rejectedHandoverLeavesTheOutgoingWorkerResponsible() {
        HandoverCase handover = workflow.reject(proposed(ROUTINE), THE_LEAD, "client is in crisis, wait");

        assertThat(handover.state()).isEqualTo(HandoverState.REJECTED);
        assertThat(handover.responsibleNow()).containsExactly("COUNCIL:7");
        assertThatThrownBy(() -> workflow.accept(handover, INCOMING)).isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void repairToAnAllowedWorkerChangesTheIncomingWorkerAndReturnsWarnings() {
        HandoverClient client = client("P3").withLeavingWorker("COUNCIL:7").preferringLanguage("pa").build();
        HandoverCase handover = workflow.propose(proposalFor(client, "BC2"), client, LEAD);

        RepairOutcome outcome = workflow.repair(handover, THE_LEAD, worker("BC9").build(), 40, 0,
                "BC9 knows the family");

        assertThat(handover.state()).isEqualTo(HandoverState.REPAIRED);
        assertThat(handover.incomingWorkerId()).isEqualTo("BC9");
        assertThat(handover.plan().incomingWorkerId()).isEqualTo("BC9");
        assertThat(outcome.warnings()).containsExactly("language: pa not spoken");
        assertThat(handover.auditTrail().get(1).detail()).isEqualTo("BC2 -> BC9; warnings: language: pa not spoken");
    }

    @Test
    void repairToAWorkerBreakingAHardRuleIsRefusedAndChangesNothing() {
        HandoverCase handover = proposed(ROUTINE);
        var unqualified = worker("BC9").withCompetencies(Competency.OP).build();

        assertThatThrownBy(() -> workflow.repair(handover, THE_LEAD, unqualified, 40, 0, "prefer BC9"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("handover of P1 to REPAIRED refused: COMPETENCIES (worker BC9 lacks MH)");
        assertThat(handover.state()).isEqualTo(HandoverState.PROPOSED);
        assertThat(handover.incomingWorkerId()).isEqualTo("BC2");
    }

    @Test
    void repairOverCapacityIsRefused() {
        assertThatThrownBy(() -> workflow.repair(proposed(ROUTINE), THE_LEAD, worker("BC9").build(), 99, 0, "x"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("CAPACITY (worker BC9 would carry 102/100 points)");
    }

    @Test
    void onlyTheIncomingWorkerMayAccept() {
        HandoverCase approved = workflow.approve(proposed(ROUTINE), THE_LEAD, "ok");

        assertThatThrownBy(() -> workflow.accept(approved, Actor.worker("BC5")))
                .isInstanceOf(TransitionRefusedException.class);
        assertThatThrownBy(() -> workflow.accept(approved, THE_LEAD))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(workflow.accept(approved, INCOMING).state()).isEqualTo(HandoverState.ACCEPTED);
    }

    @Test
    void proposalCannotBeAcceptedBeforeALeadDecided() {
        assertThatThrownBy(() -> workflow.accept(proposed(ROUTINE), INCOMING))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("handover of P1 to ACCEPTED refused: not allowed from PROPOSED");
    }

    @Test
    void outgoingWorkerStaysResponsibleAfterAcceptanceUntilActivationAtTheEffectiveDate() {
        HandoverCase handover = accepted(ROUTINE);
        assertThat(handover.responsibleNow()).containsExactly("COUNCIL:7");

        clock.set(CUTOVER.minusDays(1));
        assertThatThrownBy(() -> workflow.activate(handover, Actor.system()))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("not before " + CUTOVER);
        assertThat(handover.responsibleNow()).containsExactly("COUNCIL:7");

        clock.set(CUTOVER);
        workflow.activate(handover, Actor.system());
        assertThat(handover.state()).isEqualTo(HandoverState.ACTIVE);
        assertThat(handover.responsibleNow()).containsExactly("BC2");
    }

    @Test
    void everyStateOfTheLifeHasSomeoneResponsible() {
        HandoverCase handover = proposed(ROUTINE);
        assertThat(handover.responsibleNow()).isNotEmpty();
        workflow.approve(handover, THE_LEAD, "ok");
        assertThat(handover.responsibleNow()).isNotEmpty();
        workflow.accept(handover, INCOMING);
        assertThat(handover.responsibleNow()).isNotEmpty();
        clock.set(CUTOVER);
        workflow.activate(handover, Actor.system());
        assertThat(handover.responsibleNow()).isNotEmpty();
        clock.set(CUTOVER.plusDays(28));
        workflow.complete(handover, THE_LEAD, "follow-up review held");
        assertThat(handover.responsibleNow()).containsExactly("BC2");
    }

    @Test
    void onlyTheSystemActivates() {
        HandoverCase handover = accepted(ROUTINE);
        clock.set(CUTOVER);

        assertThatThrownBy(() -> workflow.activate(handover, THE_LEAD)).isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void completionWaitsForTheFollowUpReview() {
        HandoverCase handover = accepted(ROUTINE);
        clock.set(CUTOVER);
        workflow.activate(handover, Actor.system());

        assertThatThrownBy(() -> workflow.complete(handover, INCOMING, "done"))
                .isInstanceOf(TransitionRefusedException.class);
        clock.set(CUTOVER.plusDays(28));
        assertThat(workflow.complete(handover, INCOMING, "done").state()).isEqualTo(HandoverState.COMPLETED);
    }

    @Test
    void fullLifeLeavesOneAuditEventPerTransitionInOrder() {
        HandoverCase handover = accepted(LONG_STANDING);
        clock.set(CUTOVER);
        workflow.activate(handover, Actor.system());
        clock.set(CUTOVER.plusDays(30));
        workflow.complete(handover, THE_LEAD, "review held");

        assertThat(handover.auditTrail()).extracting(AuditEvent::to).containsExactly(HandoverState.PROPOSED,
                HandoverState.APPROVED, HandoverState.ACCEPTED, HandoverState.ACTIVE, HandoverState.COMPLETED);
        assertThat(handover.auditTrail()).extracting(AuditEvent::at).isSorted();
    }

    @Test
    void aRestoredCaseContinuesWhereTheStoredTrailEnded() {
        HandoverCase original = accepted(LONG_STANDING);

        HandoverCase restored = HandoverWorkflow.restore(original.client(), LEAD, original.plan(),
                original.auditTrail());

        assertThat(restored.state()).isEqualTo(HandoverState.ACCEPTED);
        assertThat(restored.auditTrail()).isEqualTo(original.auditTrail());
        clock.set(CUTOVER);
        assertThat(workflow.activate(restored, Actor.system()).state()).isEqualTo(HandoverState.ACTIVE);
    }

    @Test
    void aStoredTrailWithATransitionTheMachineForbidsIsNotRestored() {
        HandoverCase original = proposed(LONG_STANDING);
        AuditEvent proposal = original.auditTrail().get(0);
        AuditEvent skipped = new AuditEvent(LONG_STANDING.personId(), "BC2", ActorRole.WORKER, proposal.at(),
                HandoverState.PROPOSED, HandoverState.ACCEPTED, "BC2", "", "");

        assertThatThrownBy(() -> HandoverWorkflow.restore(LONG_STANDING, LEAD, original.plan(),
                List.of(proposal, skipped))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PROPOSED -> ACCEPTED");
    }
}
