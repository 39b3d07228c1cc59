package org.carebridge.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.handover.fixtures.WorkerBuilder.worker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carebridge.handover.fixtures.Teams;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.handover.model.Worker;
import org.carebridge.handover.needs.ClientRelationships;
import org.carebridge.handover.needs.HandoverNeed;
import org.carebridge.handover.needs.HandoverNeeds;
import org.carebridge.handover.needs.LegacyRelationship;
import org.carebridge.handover.needs.RelationshipRole;
import org.carebridge.handover.pairing.PairingChecker;
import org.carebridge.handover.pairing.PairingPolicy;
import org.carebridge.handover.pairing.PairingProblem;
import org.carebridge.handover.pairing.PairingResult;
import org.carebridge.handover.pairing.PairingService;
import org.carebridge.handover.pairing.PairingSettings;
import org.carebridge.handover.pairing.Proposal;
import org.carebridge.handover.plan.HandoverPlanBuilder;
import org.carebridge.handover.plan.PlanSettings;
import org.carebridge.handover.workflow.Actor;
import org.carebridge.handover.workflow.HandoverCase;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handover.workflow.HandoverWorkflow;
import org.carebridge.handover.workflow.TransitionRefusedException;
import org.junit.jupiter.api.Test;

/** The whole path the integrator wires: needs, pairing, plan and approval, for one long-standing client. */
class HandoverJourneyTest {

    private static final LocalDate CUTOVER = LocalDate.of(2026, 6, 1);

    @Test
    void longStandingClientWhoseCareCoordinatorLeavesGoesToTheWorkerWhoKnowsThemAfterTheLeadApproves() {
        ClientRelationships legacy = new ClientRelationships("P1", true, List.of(new LegacyRelationship(
                "OXLEAS:CP1", RelationshipRole.CARE_COORDINATOR, CUTOVER.minusYears(6), null, null)));
        HandoverNeed need = HandoverNeeds.twoYearThreshold(CUTOVER).assess(legacy).orElseThrow();
        HandoverClient client = new HandoverClient("P1", Locality.SOUTH, ServiceLine.MENTAL_HEALTH,
                EnumSet.of(ClientFlag.MH, ClientFlag.CPA), "pa", null, need.currentWorkers(),
                new TreeMap<>(Map.of("BC2", 9)), need.reasons(), CUTOVER);
        List<Worker> workers = List.of(worker("BC1").build(), worker("BC2").withLoad(50).build());

        PairingResult result = new PairingService(PairingSettings.reproducible(1_000))
                .pair(new PairingProblem(Teams.all(), workers, List.of(client)));
        Proposal proposal = result.proposals().get(0);

        assertThat(proposal.incomingWorkerId()).isEqualTo("BC2");
        assertThat(proposal.outgoingWorkerRefs()).containsExactly("OXLEAS:CP1");
        assertThat(proposal.explanation()).startsWith("known: 9 contacts in 2 years; capacity after: 54/100");
        assertThat(proposal.warnings()).containsExactly("language: pa not spoken");

        HandoverWorkflow workflow = new HandoverWorkflow(
                Clock.fixed(CUTOVER.minusDays(35).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new PairingChecker(Teams.all(), PairingPolicy.defaults()),
                new HandoverPlanBuilder(PlanSettings.defaults()));
        HandoverCase handover = workflow.propose(proposal, client, Teams.MH_SOUTH.clinicalLead());

        assertThatThrownBy(() -> workflow.approve(handover, Actor.system(), "auto"))
                .isInstanceOf(TransitionRefusedException.class);
        workflow.approve(handover, Actor.lead("lead.mh.south"), "BC2 has met P1 at clinic");
        workflow.accept(handover, Actor.worker("BC2"));

        assertThat(handover.state()).isEqualTo(HandoverState.ACCEPTED);
        assertThat(handover.plan().jointVisits()).hasSize(2);
        assertThat(handover.responsibleNow()).containsExactly("OXLEAS:CP1");
    }
}
