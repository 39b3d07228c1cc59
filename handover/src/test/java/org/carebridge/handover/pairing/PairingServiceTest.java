package org.carebridge.handover.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.handover.fixtures.ClientBuilder.CUTOVER;
import static org.carebridge.handover.fixtures.ClientBuilder.client;
import static org.carebridge.handover.fixtures.WorkerBuilder.worker;

import java.util.List;

import org.carebridge.handover.fixtures.Teams;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.handover.model.Worker;
import org.junit.jupiter.api.Test;

class PairingServiceTest {

    private final PairingService service = new PairingService(PairingSettings.reproducible(2_000));

    private PairingResult pair(List<Worker> workers, HandoverClient... clients) {
        return service.pair(new PairingProblem(Teams.all(), workers, List.of(clients)));
    }

    private static Proposal proposalFor(PairingResult result, String personId) {
        return result.proposals().stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
    }

    @Test
    void keepsTheClientWithTheirContinuingWorkerEvenWhenAnotherWorkerIsLessLoaded() {
        Worker continuing = worker("BC1").withLoad(60).build();
        Worker idle = worker("BC2").withLoad(0).build();
        HandoverClient client = client("P1").withContinuingWorker("OXLEAS:CP1", "BC1")
                .withLeavingWorker("COUNCIL:7").because(HandoverReason.LONG_STANDING_MH,
                        HandoverReason.TWO_LEGACY_WORKERS, HandoverReason.WORKER_NOT_CONTINUING)
                .build();

        Proposal proposal = proposalFor(pair(List.of(continuing, idle), client), "P1");

        assertThat(proposal.incomingWorkerId()).isEqualTo("BC1");
        assertThat(proposal.keepsCurrentWorker()).isTrue();
        assertThat(proposal.outgoingWorkerRefs()).containsExactly("COUNCIL:7");
    }

    @Test
    void withoutAContinuingWorkerPrefersTheWorkerWhoKnowsTheClient() {
        Worker stranger = worker("BC1").build();
        Worker familiar = worker("BC2").withLoad(40).build();
        HandoverClient client = client("P1").withLeavingWorker("COUNCIL:7").knownBy("BC2", 14).build();

        Proposal proposal = proposalFor(pair(List.of(stranger, familiar), client), "P1");

        assertThat(proposal.incomingWorkerId()).isEqualTo("BC2");
        assertThat(proposal.knownContacts()).isEqualTo(14);
        assertThat(proposal.explanation()).contains("known: 14 contacts in 2 years", "capacity after: 43/100");
    }

    @Test
    void prefersAWorkerWhoSpeaksTheClientsLanguage() {
        Worker englishOnly = worker("BC1").build();
        Worker punjabiSpeaker = worker("BC2").speaking("en", "pa").withLoad(30).build();
        HandoverClient client = client("P1").preferringLanguage("pa").build();

        Proposal proposal = proposalFor(pair(List.of(englishOnly, punjabiSpeaker), client), "P1");

        assertThat(proposal.incomingWorkerId()).isEqualTo("BC2");
        assertThat(proposal.explanation()).contains("language: pa");
    }

    @Test
    void neverExceedsCapacityAndReportsTheClientLeftOverWithTheReason() {
        Worker almostFull = worker("BC1").withLoad(95).build();
        HandoverClient light = client("P1").build();
        HandoverClient heavy = client("P2").withFlags(ClientFlag.MH, ClientFlag.CPA, ClientFlag.HIGH_RISK).build();

        PairingResult result = pair(List.of(almostFull), light, heavy);

        assertThat(result.proposals()).extracting(Proposal::personId).containsExactly("P1");
        assertThat(result.unpaired()).singleElement().satisfies(unpaired -> {
            assertThat(unpaired.personId()).isEqualTo("P2");
            assertThat(unpaired.reason()).isEqualTo(UnpairedReason.NO_SPARE_CAPACITY);
            assertThat(unpaired.detail()).isEqualTo("no worker in a team covering SOUTH/MENTAL_HEALTH has "
                    + "CARE_COORDINATOR, MH and spare capacity for 6 points");
        });
        assertThat(result.workerLoads()).singleElement().extracting(WorkerLoad::pointsAfter).isEqualTo(98);
        assertThat(result.score().hardScore()).isZero();
    }

    @Test
    void clientOnCpaIsNotForcedOntoAWorkerWithoutCareCoordination() {
        Worker noCareCoordination = worker("BC1").withCompetencies(Competency.MH).build();
        HandoverClient client = client("P1").withFlags(ClientFlag.MH, ClientFlag.CPA).build();

        PairingResult result = pair(List.of(noCareCoordination), client);

        assertThat(result.proposals()).isEmpty();
        assertThat(result.unpaired()).singleElement().satisfies(unpaired -> {
            assertThat(unpaired.reason()).isEqualTo(UnpairedReason.NO_WORKER_WITH_COMPETENCIES);
            assertThat(unpaired.detail()).isEqualTo(
                    "no worker in a team covering SOUTH/MENTAL_HEALTH has CARE_COORDINATOR, MH");
        });
    }

    @Test
    void clientWhoseLocalityNoWorkerCoversIsReportedNotDropped() {
        Worker northAdults = worker("BC1").inTeams("BC-ADN").withCompetencies(Competency.OP).build();
        HandoverClient client = client("P1").in(Locality.SOUTH, ServiceLine.OLDER_ADULTS)
                .withFlags().build();

        PairingResult result = pair(List.of(northAdults), client);

        assertThat(result.unpaired()).singleElement().satisfies(unpaired -> {
            assertThat(unpaired.reason()).isEqualTo(UnpairedReason.NO_TEAM_COVERS_CLIENT);
            assertThat(unpaired.detail()).isEqualTo("no worker in a team covering SOUTH/OLDER_ADULTS");
        });
    }

    @Test
    void workerLeavingSoonAfterCutoverIsNotProposed() {
        Worker leaver = worker("BC1").leavingOn(CUTOVER.plusDays(10)).build();

        PairingResult result = pair(List.of(leaver), client("P1").build());

        assertThat(result.unpaired()).singleElement()
                .extracting(UnpairedClient::reason).isEqualTo(UnpairedReason.NO_WORKER_AVAILABLE);
    }

    @Test
    void spreadsNewClientsAcrossEquallyPlacedWorkers() {
        Worker first = worker("BC1").build();
        Worker second = worker("BC2").build();

        PairingResult result = pair(List.of(first, second), client("P1").build(), client("P2").build(),
                client("P3").build(), client("P4").build());

        assertThat(result.workerLoads()).extracting(WorkerLoad::newClients).containsExactly(2, 2);
    }

    @Test
    void proposalCarriesTheScoreBreakdownOfItsSoftIssues() {
        Worker englishOnly = worker("BC1").build();
        HandoverClient client = client("P1").preferringLanguage("pl").build();

        Proposal proposal = proposalFor(pair(List.of(englishOnly), client), "P1");

        assertThat(proposal.scoreBreakdown()).contains(
                new ScoreImpact(HandoverConstraints.LANGUAGE, 0, 0, -PairingWeights.defaults().language()));
        assertThat(proposal.warnings()).contains("language: pl not spoken");
    }

    @Test
    void sameProblemGivesTheSameResult() {
        List<Worker> workers = List.of(worker("BC1").build(), worker("BC2").withLoad(20).build(),
                worker("BC3").inTeams("BC-MHB").build());
        HandoverClient[] clients = {client("P1").knownBy("BC3", 3).build(), client("P2").build(),
                client("P3").preferringLanguage("pa").build(), client("P4").build(), client("P5").build()};

        assertThat(pair(workers, clients)).isEqualTo(pair(workers, clients));
    }

    @Test
    void duplicateClientIsRefusedNamingOnlyTheId() {
        assertThatThrownBy(() -> pair(List.of(worker("BC1").build()), client("P1").build(), client("P1").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("client P1 appears twice");
    }
}
