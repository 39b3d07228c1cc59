package org.carebridge.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.testing.People.NHS_A;
import static org.carebridge.identity.testing.People.NHS_B;
import static org.carebridge.identity.testing.People.VERIFIED;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;
import static org.carebridge.identity.testing.People.withBackground;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.ClericalDecision;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.stable.IdConflict;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.junit.jupiter.api.Test;

/** The facade's behaviour, with the records under test set among a synthesised background population. */
class IdentityResolverTest {

    private static final SourceRef C1 = SourceRef.council("900001");
    private static final SourceRef C2 = SourceRef.council("900002");
    private static final SourceRef R1 = SourceRef.oxleas("TST0000001");
    private static final SourceRef R2 = SourceRef.oxleas("TST0000002");
    private static final Instant WHEN = Instant.parse("2025-01-06T10:15:00Z");

    private static Resolution resolve(List<PersonRecord> records, PriorDecisions decisions,
                                      Map<SourceRef, String> existing) {
        return IdentityResolver.withDefaults(
                        SequentialPersonIdGenerator.continuing("BCP", 7, existing.values()))
                .resolve(records, decisions, existing);
    }

    private static Resolution resolve(PersonRecord... records) {
        return resolve(withBackground(records), PriorDecisions.none(), Map.of());
    }

    private static Optional<PairDecision> pair(Resolution r, SourceRef a, SourceRef b) {
        return r.pairs().stream().filter(p -> (p.left().equals(a) && p.right().equals(b))
                || (p.left().equals(b) && p.right().equals(a))).findFirst();
    }

    private static String personOf(Resolution r, SourceRef ref) {
        return r.assignment().personOf(ref);
    }

    @Test
    void theSameVerifiedNhsNumberAndDateOfBirthMatchInTier1() {
        Resolution r = resolve(council("900001").nhsNumber(NHS_A, VERIFIED).forename("Zeb").build(),
                oxleas("TST0000001").nhsNumber(NHS_A, VERIFIED).surname("Quarmbie").postcode(null).build());
        PairDecision p = pair(r, C1, R1).orElseThrow();
        assertThat(p.decision()).isEqualTo(Decision.MATCH);
        assertThat(p.tier()).isEqualTo(Tier.NHS_NUMBER);
        assertThat(personOf(r, C1)).isEqualTo(personOf(r, R1));
    }

    @Test
    void differentVerifiedNhsNumbersNeverMatchAutomaticallyHoweverAlikeTheRestIs() {
        Resolution r = resolve(council("900001").nhsNumber(NHS_A, VERIFIED).build(),
                oxleas("TST0000001").nhsNumber(NHS_B, VERIFIED).build());
        assertThat(pair(r, C1, R1)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(Decision.REVIEW);
            assertThat(p.evidence()).contains("verified_nhs_numbers_differ");
        });
        assertThat(personOf(r, C1)).isNotEqualTo(personOf(r, R1));
    }

    @Test
    void aChainOfMatchesNeverJoinsTwoDifferentVerifiedNhsNumbers() {
        Resolution r = resolve(council("900001").nhsNumber(NHS_A, VERIFIED).build(),
                council("900002").nhsNumber(NHS_B, VERIFIED).build(),
                oxleas("TST0000001").build());
        assertThat(personOf(r, C1)).isNotEqualTo(personOf(r, C2));
        assertThat(r.reviewQueue()).isNotEmpty();
    }

    @Test
    void aNicknameAndATransposedDateStillMatchWhenTheRestAgrees() {
        Resolution r = resolve(council("900001").forename("William").surname("Quarmby")
                        .dateOfBirth(LocalDate.of(1948, 3, 11)).build(),
                oxleas("TST0000001").forename("Bill").surname("Quarmby").dateOfBirth(LocalDate.of(1948, 11, 3))
                        .build());
        assertThat(pair(r, C1, R1)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(Decision.MATCH);
            assertThat(p.evidence()).contains("forename=alias", "dob=day_month_swapped");
        });
    }

    @Test
    void twinsAreNeverMergedAutomatically() {
        Resolution r = resolve(council("900001").build(),
                oxleas("TST0000001").forename("Barnabas").build());
        assertThat(pair(r, C1, R1)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(Decision.REVIEW);
            assertThat(p.evidence()).contains("rule=possible_twin");
        });
        assertThat(personOf(r, C1)).isNotEqualTo(personOf(r, R1));
    }

    @Test
    void aFatherAndSonOfOneNameAtOneAddressAreNeverMergedAutomatically() {
        Resolution r = resolve(council("900001").build(),
                oxleas("TST0000001").dateOfBirth(LocalDate.of(1976, 8, 2)).build());
        assertThat(pair(r, C1, R1)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(Decision.REVIEW);
            assertThat(p.evidence()).contains("rule=generation_gap");
        });
        assertThat(personOf(r, C1)).isNotEqualTo(personOf(r, R1));
    }

    @Test
    void aDifferentPeopleDecisionSeparatesAPairThatWouldMatch() {
        PersonRecord c = council("900001").build();
        PersonRecord o = oxleas("TST0000001").build();
        assertThat(personOf(resolve(c, o), C1)).isEqualTo(personOf(resolve(c, o), R1));

        Resolution r = resolve(withBackground(c, o),
                PriorDecisions.of(List.of(ClericalDecision.differentPeople(R1, C1, "reviewer.a", WHEN))), Map.of());

        assertThat(pair(r, C1, R1)).isEmpty();
        assertThat(personOf(r, C1)).isNotEqualTo(personOf(r, R1));
    }

    @Test
    void aSamePersonDecisionJoinsAPairThatWouldNotMatch() {
        PersonRecord c = council("900001").build();
        PersonRecord o = oxleas("TST0000001").forename("Agnetha").surname("Lindqvist").gender(Gender.FEMALE)
                .dateOfBirth(LocalDate.of(1971, 6, 2)).postcode("SE9 4QQ").build();

        Resolution r = resolve(withBackground(c, o),
                PriorDecisions.of(List.of(ClericalDecision.samePerson(C1, R1, "reviewer.a", WHEN))), Map.of());

        assertThat(pair(r, C1, R1)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(Decision.MATCH);
            assertThat(p.tier()).isEqualTo(Tier.CLERICAL);
        });
        assertThat(personOf(r, C1)).isEqualTo(personOf(r, R1));
    }

    @Test
    void aDecidedReviewPairLeavesTheQueueOnTheNextRun() {
        PersonRecord c = council("900001").nhsNumber(NHS_A, VERIFIED).build();
        PersonRecord o = oxleas("TST0000001").nhsNumber(NHS_B, VERIFIED).build();
        Resolution first = resolve(c, o);
        assertThat(first.reviewQueue()).anySatisfy(p -> assertThat(p.left()).isEqualTo(C1));

        Resolution second = resolve(withBackground(c, o),
                PriorDecisions.of(List.of(ClericalDecision.differentPeople(C1, R1, "reviewer.b", WHEN))),
                first.assignment().assignment());

        assertThat(second.reviewQueue()).noneSatisfy(p -> assertThat(p.left()).isEqualTo(C1));
    }

    @Test
    void theLatestDecisionAboutAPairStands() {
        PriorDecisions decisions = PriorDecisions.of(List.of(
                ClericalDecision.samePerson(C1, R1, "reviewer.a", WHEN),
                ClericalDecision.differentPeople(R1, C1, "reviewer.b", WHEN.plusSeconds(60))));
        assertThat(decisions.find(C1, R1)).hasValueSatisfying(d -> assertThat(d.decidedBy()).isEqualTo("reviewer.b"));
    }

    @Test
    void aRerunWithTheEarlierAssignmentRenumbersNobody() {
        List<PersonRecord> records = withBackground(council("900001").build(), oxleas("TST0000001").build());
        Resolution first = resolve(records, PriorDecisions.none(), Map.of());

        Resolution second = resolve(records, PriorDecisions.none(), first.assignment().assignment());

        assertThat(second.assignment().assignment()).isEqualTo(first.assignment().assignment());
    }

    @Test
    void theNextWavesRecordAttachesToTheExistingPersonAndANewPersonGetsANewId() {
        Resolution wave1 = resolve(withBackground(council("900001").build()), PriorDecisions.none(), Map.of());
        String person = personOf(wave1, C1);

        Resolution wave2 = resolve(withBackground(council("900001").build(), oxleas("TST0000001").build(),
                        oxleas("TST0000002").forename("Ottoline").surname("Vandersteen").gender(Gender.FEMALE)
                                .dateOfBirth(LocalDate.of(1990, 1, 2)).postcode("BR8 7ZZ").build()),
                PriorDecisions.none(), wave1.assignment().assignment());

        assertThat(personOf(wave2, R1)).isEqualTo(person);
        assertThat(personOf(wave2, R2)).isNotIn(wave1.assignment().assignment().values());
        wave1.assignment().assignment().forEach((ref, id) -> assertThat(personOf(wave2, ref)).isEqualTo(id));
    }

    @Test
    void twoExistingPersonsThatNowMatchAreKeptApartAndSentToReview() {
        Map<SourceRef, String> earlier = new java.util.HashMap<>(
                resolve(withBackground(), PriorDecisions.none(), Map.of()).assignment().assignment());
        earlier.put(C1, "BCP9000001");
        earlier.put(R1, "BCP9000002");

        Resolution r = resolve(withBackground(council("900001").build(), oxleas("TST0000001").build()),
                PriorDecisions.none(), earlier);

        assertThat(personOf(r, C1)).isEqualTo("BCP9000001");
        assertThat(personOf(r, R1)).isEqualTo("BCP9000002");
        assertThat(pair(r, C1, R1)).hasValueSatisfying(p -> {
            assertThat(p.decision()).isEqualTo(Decision.REVIEW);
            assertThat(p.evidence()).contains("refused=existing_persons");
        });
        assertThat(r.conflicts()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(IdConflict.Kind.EXISTING_PERSONS_LINKED);
            assertThat(c.personIds()).containsExactlyInAnyOrder("BCP9000001", "BCP9000002");
        });
    }

    @Test
    void aCouncilRecordMergedIntoAnotherFollowsIt() {
        Resolution r = resolve(council("900001").build(),
                council("900002").forename("Lydia").surname("Pemberton").gender(Gender.FEMALE)
                        .dateOfBirth(LocalDate.of(1933, 9, 9)).postcode(null).mergedInto("900001").build());
        assertThat(personOf(r, C2)).isEqualTo(personOf(r, C1));
        assertThat(pair(r, C1, C2)).hasValueSatisfying(p -> assertThat(p.tier()).isEqualTo(Tier.SOURCE_MERGE));
    }

    @Test
    void deletedCouncilRecordsTakeNoPart() {
        Resolution r = resolve(council("900001").status(RecordStatus.DELETED).build(), oxleas("TST0000001").build());
        assertThat(r.deletedExcluded()).isEqualTo(1);
        assertThat(r.assignment().personOf(C1)).isNull();
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderRecordsArriveIn() {
        List<PersonRecord> records = withBackground(council("900001").build(), oxleas("TST0000001").build());
        List<PersonRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(5));

        Resolution a = resolve(records, PriorDecisions.none(), Map.of());
        Resolution b = resolve(shuffled, PriorDecisions.none(), Map.of());

        assertThat(b.pairs()).isEqualTo(a.pairs());
        assertThat(b.assignment().assignment()).isEqualTo(a.assignment().assignment());
    }

    @Test
    void theSummaryReportsCountsAndTimeOnly() {
        Resolution r = resolve(council("900001").build(), oxleas("TST0000001").build());
        assertThat(r.summary()).anySatisfy(line -> assertThat(line).startsWith("candidate pairs: "));
        assertThat(String.join("\n", r.summary())).doesNotContain("QUARMBY", "Quarmby");
        assertThat(r.candidatePairs()).isPositive();
    }

    @Test
    void aRecordGivenTwiceIsRefusedWhereverTheTwoStandInTheInput() {
        List<PersonRecord> records = new ArrayList<>(withBackground(council("900001").build()));
        records.add(council("900001").forename("Other").build());
        Collections.shuffle(records, new Random(3));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resolve(records, PriorDecisions.none(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("900001").hasMessageContaining("given twice");
    }
}
