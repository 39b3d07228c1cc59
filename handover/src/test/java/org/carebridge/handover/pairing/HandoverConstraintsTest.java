package org.carebridge.handover.pairing;

import static org.carebridge.handover.fixtures.ClientBuilder.CUTOVER;
import static org.carebridge.handover.fixtures.ClientBuilder.client;
import static org.carebridge.handover.fixtures.WorkerBuilder.worker;

import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.carebridge.handover.fixtures.Teams;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.handover.model.Worker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule both penalises a breach and leaves a compliant pairing alone. Match weights are checked, so the
 * configurable constraint weights do not matter here.
 */
class HandoverConstraintsTest {

    private static final PairingPolicy POLICY = PairingPolicy.defaults();

    private final ConstraintVerifier<HandoverConstraints, HandoverSchedule> verifier =
            ConstraintVerifier.build(new HandoverConstraints(), HandoverSchedule.class, Pairing.class);

    private static Pairing pair(HandoverClient client, Worker worker) {
        Pairing pairing = new Pairing(client, POLICY, List.of(worker));
        pairing.setWorker(worker);
        return pairing;
    }

    @Nested
    class TeamCoversClient {

        @Test
        void workerWhoseTeamsDoNotCoverTheClientsLocalityIsPenalised() {
            Worker northWorker = worker("BC1").inTeams("BC-MHN").build();
            verifier.verifyThat(HandoverConstraints::teamCoversClient)
                    .given(pair(client("P1").in(Locality.SOUTH, ServiceLine.MENTAL_HEALTH).build(), northWorker),
                            Teams.MH_NORTH, Teams.MH_SOUTH)
                    .penalizesBy(1);
        }

        @Test
        void workerWhoseTeamCoversTheLocalityButNotTheServiceLineIsPenalised() {
            Worker adultsWorker = worker("BC1").inTeams("BC-ADS").build();
            verifier.verifyThat(HandoverConstraints::teamCoversClient)
                    .given(pair(client("P1").in(Locality.SOUTH, ServiceLine.MENTAL_HEALTH).build(), adultsWorker),
                            Teams.ADULTS_SOUTH)
                    .penalizesBy(1);
        }

        @Test
        void boroughWideTeamCoversEveryLocality() {
            Worker boroughWorker = worker("BC1").inTeams("BC-MHB").build();
            verifier.verifyThat(HandoverConstraints::teamCoversClient)
                    .given(pair(client("P1").in(Locality.NORTH, ServiceLine.MENTAL_HEALTH).build(), boroughWorker),
                            Teams.MH_BOROUGH, Teams.MH_SOUTH)
                    .penalizesBy(0);
        }
    }

    @Nested
    class RequiredCompetencies {

        @Test
        void clientOnCpaWithoutCareCoordinatorIsPenalisedPerMissingCompetency() {
            Worker unqualified = worker("BC1").withCompetencies(Competency.OP).build();
            verifier.verifyThat(HandoverConstraints::requiredCompetencies)
                    .given(pair(client("P1").withFlags(ClientFlag.MH, ClientFlag.CPA).build(), unqualified))
                    .penalizesBy(2);
        }

        @Test
        void mentalHealthClientNeedsMhCompetency() {
            Worker careCoordinatorOnly = worker("BC1").withCompetencies(Competency.CARE_COORDINATOR).build();
            verifier.verifyThat(HandoverConstraints::requiredCompetencies)
                    .given(pair(client("P1").withFlags(ClientFlag.MH).build(), careCoordinatorOnly))
                    .penalizesBy(1);
        }

        @Test
        void workerWithEveryRequiredCompetencyIsNotPenalised() {
            Worker qualified = worker("BC1").withCompetencies(Competency.CARE_COORDINATOR, Competency.MH).build();
            verifier.verifyThat(HandoverConstraints::requiredCompetencies)
                    .given(pair(client("P1").withFlags(ClientFlag.MH, ClientFlag.CPA).build(), qualified))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Capacity {

        @Test
        void loadAboveCapacityIsPenalisedByThePointsOver() {
            // Default weighting: MH client 3 points, with HIGH_RISK 5 points; 95 + 3 + 5 = 103 on a 100 ceiling.
            Worker nearlyFull = worker("BC1").withCapacity(100).withLoad(95).build();
            verifier.verifyThat(HandoverConstraints::capacity)
                    .given(pair(client("P1").build(), nearlyFull),
                            pair(client("P2").withFlags(ClientFlag.MH, ClientFlag.HIGH_RISK).build(), nearlyFull))
                    .penalizesBy(3);
        }

        @Test
        void loadExactlyAtCapacityIsAllowed() {
            Worker worker = worker("BC1").withCapacity(100).withLoad(97).build();
            verifier.verifyThat(HandoverConstraints::capacity)
                    .given(pair(client("P1").build(), worker))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Availability {

        @Test
        void workerStartingAfterTheWindowOpensIsPenalised() {
            Worker lateStarter = worker("BC1").availableFrom(CUTOVER.minusDays(7)).build();
            verifier.verifyThat(HandoverConstraints::availability)
                    .given(pair(client("P1").build(), lateStarter))
                    .penalizesBy(1);
        }

        @Test
        void workerLeavingSoonAfterCutoverIsPenalised() {
            Worker leaver = worker("BC1").leavingOn(CUTOVER.plusDays(30)).build();
            verifier.verifyThat(HandoverConstraints::availability)
                    .given(pair(client("P1").build(), leaver))
                    .penalizesBy(1);
        }

        @Test
        void workerInPostBeforeTheWindowAndStayingIsNotPenalised() {
            Worker stayer = worker("BC1").availableFrom(CUTOVER.minusDays(60)).leavingOn(CUTOVER.plusDays(365))
                    .build();
            verifier.verifyThat(HandoverConstraints::availability)
                    .given(pair(client("P1").build(), stayer))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Unpaired {

        @Test
        void clientLeftWithoutWorkerCostsOneMediumPoint() {
            Pairing unpaired = new Pairing(client("P1").build(), POLICY, List.of());
            verifier.verifyThat(HandoverConstraints::unpaired)
                    .given(unpaired, pair(client("P2").build(), worker("BC1").build()))
                    .penalizesBy(1);
        }

        @Test
        void pairedClientsAreNotPenalised() {
            verifier.verifyThat(HandoverConstraints::unpaired)
                    .given(pair(client("P1").build(), worker("BC1").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Continuity {

        @Test
        void movingClientAwayFromAContinuingWorkerIsPenalised() {
            HandoverClient client = client("P1").withContinuingWorker("OXLEAS:CP1", "BC1").build();
            verifier.verifyThat(HandoverConstraints::continuity)
                    .given(pair(client, worker("BC2").build()))
                    .penalizesBy(1);
        }

        @Test
        void longStandingMentalHealthClientLosingTheirWorkerCountsThreeTimes() {
            HandoverClient client = client("P1").withContinuingWorker("OXLEAS:CP1", "BC1")
                    .because(HandoverReason.LONG_STANDING_MH).build();
            verifier.verifyThat(HandoverConstraints::continuity)
                    .given(pair(client, worker("BC2").build()))
                    .penalizesBy(3);
        }

        @Test
        void keepingTheContinuingWorkerIsNotPenalised() {
            HandoverClient client = client("P1").withContinuingWorker("OXLEAS:CP1", "BC1").build();
            verifier.verifyThat(HandoverConstraints::continuity)
                    .given(pair(client, worker("BC1").build()))
                    .penalizesBy(0);
        }

        @Test
        void clientWhoseWorkersAllLeaveHasNoContinuityToLose() {
            HandoverClient client = client("P1").withLeavingWorker("COUNCIL:77").build();
            verifier.verifyThat(HandoverConstraints::continuity)
                    .given(pair(client, worker("BC2").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Familiarity {

        @Test
        void choosingAWorkerWhoKnowsTheClientLessThanTheBestCandidateIsPenalisedByTheShortfall() {
            Worker knowsWell = worker("BC1").build();
            Worker knowsLittle = worker("BC2").build();
            HandoverClient client = client("P1").knownBy("BC1", 14).knownBy("BC2", 4).build();
            Pairing pairing = new Pairing(client, POLICY, List.of(knowsWell, knowsLittle));
            pairing.setWorker(knowsLittle);
            verifier.verifyThat(HandoverConstraints::familiarity).given(pairing).penalizesBy(10);
        }

        @Test
        void aStrangerWhenSomeoneKnowsTheClientCostsTheShortfallPlusTheCap() {
            Worker knows = worker("BC1").build();
            Worker stranger = worker("BC2").build();
            HandoverClient client = client("P1").knownBy("BC1", 14).build();
            Pairing pairing = new Pairing(client, POLICY, List.of(knows, stranger));
            pairing.setWorker(stranger);
            verifier.verifyThat(HandoverConstraints::familiarity).given(pairing)
                    .penalizesBy(14 + POLICY.familiarityCap());
        }

        @Test
        void contactsAboveTheCapCountNoMore() {
            Worker veteran = worker("BC1").build();
            Worker acquaintance = worker("BC2").build();
            HandoverClient client = client("P1").knownBy("BC1", 500).knownBy("BC2", 5).build();
            Pairing pairing = new Pairing(client, POLICY, List.of(veteran, acquaintance));
            pairing.setWorker(acquaintance);
            verifier.verifyThat(HandoverConstraints::familiarity).given(pairing)
                    .penalizesBy(POLICY.familiarityCap() - 5);
        }

        @Test
        void nobodyKnowingTheClientCostsNothing() {
            Worker stranger = worker("BC1").build();
            verifier.verifyThat(HandoverConstraints::familiarity)
                    .given(pair(client("P1").build(), stranger))
                    .penalizesBy(0);
        }

        @Test
        void longStandingMentalHealthClientsShortfallCountsThreeTimes() {
            Worker knowsWell = worker("BC1").build();
            Worker knowsLittle = worker("BC2").build();
            HandoverClient client = client("P1").knownBy("BC1", 14).knownBy("BC2", 4)
                    .because(HandoverReason.LONG_STANDING_MH).build();
            Pairing pairing = new Pairing(client, POLICY, List.of(knowsWell, knowsLittle));
            pairing.setWorker(knowsLittle);
            verifier.verifyThat(HandoverConstraints::familiarity).given(pairing).penalizesBy(30);
        }

        @Test
        void choosingTheBestKnownCandidateIsNotPenalised() {
            Worker knowsWell = worker("BC1").build();
            Worker knowsLittle = worker("BC2").build();
            HandoverClient client = client("P1").knownBy("BC1", 14).knownBy("BC2", 4).build();
            Pairing pairing = new Pairing(client, POLICY, List.of(knowsWell, knowsLittle));
            pairing.setWorker(knowsWell);
            verifier.verifyThat(HandoverConstraints::familiarity).given(pairing).penalizesBy(0);
        }
    }

    @Nested
    class Language {

        @Test
        void workerNotSpeakingThePreferredLanguageIsPenalised() {
            verifier.verifyThat(HandoverConstraints::language)
                    .given(pair(client("P1").preferringLanguage("pa").build(), worker("BC1").speaking("en").build()))
                    .penalizesBy(1);
        }

        @Test
        void workerSpeakingThePreferredLanguageIsNotPenalised() {
            verifier.verifyThat(HandoverConstraints::language)
                    .given(pair(client("P1").preferringLanguage("pa").build(),
                            worker("BC1").speaking("en", "pa").build()))
                    .penalizesBy(0);
        }

        @Test
        void clientWithoutPreferredLanguageIsNotPenalised() {
            verifier.verifyThat(HandoverConstraints::language)
                    .given(pair(client("P1").build(), worker("BC1").speaking("en").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Gender {

        @Test
        void workerOfAnotherGenderThanRecordedPreferenceIsPenalised() {
            verifier.verifyThat(HandoverConstraints::gender)
                    .given(pair(client("P1").preferringWorkerGender("2").build(), worker("BC1").withGender("1").build()))
                    .penalizesBy(1);
        }

        @Test
        void preferenceMetIsNotPenalised() {
            verifier.verifyThat(HandoverConstraints::gender)
                    .given(pair(client("P1").preferringWorkerGender("2").build(), worker("BC1").withGender("2").build()))
                    .penalizesBy(0);
        }

        @Test
        void noRecordedPreferenceIsNotPenalised() {
            verifier.verifyThat(HandoverConstraints::gender)
                    .given(pair(client("P1").build(), worker("BC1").withGender("1").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class FairLoad {

        @Test
        void addingLoadIsPenalisedByTheIncreaseOfTheSquaredLoadRatio() {
            // 80 -> 83 points of 100: (83^2 - 80^2) * 1000 / 100^2 = 489 * 1000 / 10000 = 48.
            Worker busy = worker("BC1").withLoad(80).build();
            verifier.verifyThat(HandoverConstraints::fairLoad)
                    .given(pair(client("P1").build(), busy))
                    .penalizesBy(48);
        }

        @Test
        void theSameClientCostsLessOnALighterLoadedWorker() {
            // 20 -> 23 points of 100: (23^2 - 20^2) * 1000 / 10000 = 12.
            Worker light = worker("BC1").withLoad(20).build();
            verifier.verifyThat(HandoverConstraints::fairLoad)
                    .given(pair(client("P1").build(), light))
                    .penalizesBy(12);
        }

        @Test
        void workerWithoutNewClientsIsNotPenalised() {
            verifier.verifyThat(HandoverConstraints::fairLoad)
                    .given(worker("BC1").withLoad(80).build(), new Pairing(client("P1").build(), POLICY, List.of()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WeeklyLimit {

        @Test
        void newHandoversAboveTheWeeklyLimitArePenalisedPerExtraHandover() {
            Worker worker = worker("BC1").build();
            verifier.verifyThat(HandoverConstraints::weeklyLimit)
                    .given(POLICY, pair(client("P1").build(), worker), pair(client("P2").build(), worker),
                            pair(client("P3").build(), worker), pair(client("P4").build(), worker),
                            pair(client("P5").build(), worker))
                    .penalizesBy(2);
        }

        @Test
        void handoversInDifferentWeeksCountSeparately() {
            Worker worker = worker("BC1").build();
            verifier.verifyThat(HandoverConstraints::weeklyLimit)
                    .given(POLICY, pair(client("P1").build(), worker), pair(client("P2").build(), worker),
                            pair(client("P3").build(), worker),
                            pair(client("P4").cutoverOn(CUTOVER.plusWeeks(1)).build(), worker))
                    .penalizesBy(0);
        }

        @Test
        void keepingAClientsOwnWorkerIsNoNewHandover() {
            Worker worker = worker("BC1").build();
            verifier.verifyThat(HandoverConstraints::weeklyLimit)
                    .given(POLICY, pair(client("P1").build(), worker), pair(client("P2").build(), worker),
                            pair(client("P3").build(), worker),
                            pair(client("P4").withContinuingWorker("OXLEAS:CP9", "BC1").build(), worker))
                    .penalizesBy(0);
        }
    }
}
