package org.carebridge.handover.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.carebridge.handover.model.CurrentWorker;
import org.carebridge.handover.model.HandoverReason;
import org.junit.jupiter.api.Test;

class HandoverNeedsTest {

    private static final LocalDate CUTOVER = LocalDate.of(2026, 6, 1);

    private final HandoverNeeds needs = HandoverNeeds.twoYearThreshold(CUTOVER);

    /** Builds one open client's legacy relationships. */
    private static final class Relationships {
        private final String personId;
        private boolean mentalHealth;
        private final List<LegacyRelationship> relationships = new ArrayList<>();

        private Relationships(String personId) {
            this.personId = personId;
        }

        static Relationships client(String personId) {
            return new Relationships(personId);
        }

        Relationships knownToMentalHealth() {
            mentalHealth = true;
            return this;
        }

        Relationships with(String worker, RelationshipRole role, LocalDate start, LocalDate end, String mergedId) {
            relationships.add(new LegacyRelationship(worker, role, start, end, mergedId));
            return this;
        }

        ClientRelationships build() {
            return new ClientRelationships(personId, mentalHealth, relationships);
        }
    }

    @Test
    void mentalHealthClientWithTheSameCareCoordinatorForTwoYearsIsLongStanding() {
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("OXLEAS:CP1", RelationshipRole.CARE_COORDINATOR, CUTOVER.minusYears(2), null, "BC1").build();

        HandoverNeed need = needs.assess(client).orElseThrow();

        assertThat(need.reasons()).containsExactly(HandoverReason.LONG_STANDING_MH);
        assertThat(need.longStandingWith()).isEqualTo("OXLEAS:CP1");
        assertThat(need.relationshipSince()).isEqualTo(CUTOVER.minusYears(2));
        assertThat(need.currentWorkers()).containsExactly(new CurrentWorker("OXLEAS:CP1", "BC1"));
    }

    @Test
    void oneDayShortOfTheThresholdIsNotLongStandingAndAContinuingWorkerNeedsNoHandover() {
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("OXLEAS:CP1", RelationshipRole.CARE_COORDINATOR, CUTOVER.minusYears(2).plusDays(1), null, "BC1")
                .build();

        assertThat(needs.assess(client)).isEmpty();
    }

    @Test
    void longRelationshipWithAClientUnknownToMentalHealthServicesIsNotLongStandingMh() {
        ClientRelationships client = Relationships.client("P1")
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusYears(5), null, "BC7").build();

        assertThat(needs.assess(client)).isEmpty();
    }

    @Test
    void backToBackAllocationsWithTheSameWorkerCountAsOneRelationship() {
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusYears(3), CUTOVER.minusYears(1), "BC7")
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusYears(1).plusDays(1), null, "BC7")
                .build();

        HandoverNeed need = needs.assess(client).orElseThrow();

        assertThat(need.reasons()).containsExactly(HandoverReason.LONG_STANDING_MH);
        assertThat(need.relationshipSince()).isEqualTo(CUTOVER.minusYears(3));
    }

    @Test
    void aBreakInTheRelationshipStartsItAgain() {
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusYears(3), CUTOVER.minusYears(1), "BC7")
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusMonths(6), null, "BC7")
                .build();

        assertThat(needs.assess(client)).isEmpty();
    }

    @Test
    void thresholdIsConfigurable() {
        HandoverNeeds oneYear = new HandoverNeeds(CUTOVER, Period.ofYears(1));
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("OXLEAS:CP1", RelationshipRole.CARE_COORDINATOR, CUTOVER.minusMonths(18), null, "BC1").build();

        assertThat(oneYear.assess(client).orElseThrow().reasons()).containsExactly(HandoverReason.LONG_STANDING_MH);
    }

    @Test
    void currentWorkerWithoutWorkforceRowNeedsAHandover() {
        ClientRelationships client = Relationships.client("P1")
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusMonths(3), null, null).build();

        assertThat(needs.assess(client).orElseThrow().reasons()).containsExactly(HandoverReason.WORKER_NOT_CONTINUING);
    }

    @Test
    void councilKeyWorkerAndOxleasCareCoordinatorMustBecomeOneLead() {
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusMonths(3), null, "BC7")
                .with("OXLEAS:CP1", RelationshipRole.CARE_COORDINATOR, CUTOVER.minusMonths(8), null, "BC1")
                .build();

        HandoverNeed need = needs.assess(client).orElseThrow();

        assertThat(need.reasons()).containsExactly(HandoverReason.TWO_LEGACY_WORKERS);
        assertThat(need.currentWorkers()).extracting(CurrentWorker::legacyWorkerRef)
                .containsExactly("COUNCIL:7", "OXLEAS:CP1");
    }

    @Test
    void openClientWithNoCurrentLeadWorkerNeedsOne() {
        ClientRelationships client = Relationships.client("P1")
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusYears(2), CUTOVER.minusMonths(1), "BC7")
                .with("COUNCIL:8", RelationshipRole.REVIEWER, CUTOVER.minusMonths(2), null, "BC8")
                .build();

        HandoverNeed need = needs.assess(client).orElseThrow();

        assertThat(need.reasons()).containsExactly(HandoverReason.NO_WORKER);
        assertThat(need.currentWorkers()).isEmpty();
    }

    @Test
    void allocationStartingAfterCutoverIsNotCurrent() {
        ClientRelationships client = Relationships.client("P1")
                .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.plusDays(1), null, "BC7").build();

        assertThat(needs.assess(client).orElseThrow().reasons()).containsExactly(HandoverReason.NO_WORKER);
    }

    @Test
    void longStandingClientWhoseWorkerLeavesHasBothReasons() {
        ClientRelationships client = Relationships.client("P1").knownToMentalHealth()
                .with("OXLEAS:CP1", RelationshipRole.CARE_COORDINATOR, CUTOVER.minusYears(4), null, null).build();

        assertThat(needs.assess(client).orElseThrow().reasons())
                .containsExactly(HandoverReason.LONG_STANDING_MH, HandoverReason.WORKER_NOT_CONTINUING);
    }

    @Test
    void assessAllKeepsOnlyClientsWhoNeedAHandoverSortedById() {
        List<ClientRelationships> clients = List.of(
                Relationships.client("P3").build(),
                Relationships.client("P2")
                        .with("COUNCIL:7", RelationshipRole.KEY_WORKER, CUTOVER.minusMonths(3), null, "BC7").build(),
                Relationships.client("P1").build());

        assertThat(needs.assessAll(clients)).extracting(HandoverNeed::personId).containsExactly("P1", "P3");
    }
}
