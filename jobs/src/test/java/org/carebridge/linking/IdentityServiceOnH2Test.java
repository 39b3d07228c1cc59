package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.linking.StagedPeopleBuilder.zebedee;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.carebridge.cli.UserFacingException;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.Verdict;
import org.carebridge.identity.stable.IdConflict;
import org.carebridge.wave.IdentityReviews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:identity;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class IdentityServiceOnH2Test extends IdentityPersistenceContract {

    @Autowired
    IdentityReviews reviews;

    static final SourceRef OXLEAS_2 = SourceRef.oxleas("TST0000002");

    @Test
    void aNewPersonInTheNextWaveGetsTheNextIdAfterTheHighestInUse() {
        staging.stage();
        identity.resolveStaged();
        String highest = identity.assignment().snapshot().values().stream().max(String::compareTo).orElseThrow();

        staging.with(zebedee(OXLEAS_2).forename("Ottoline").surname("Vandersteen").gender(Gender.FEMALE)
                .dateOfBirth(LocalDate.of(1990, 1, 2)).postcode("BR8 7ZZ").build()).stage();
        ResolutionSummary wave2 = identity.resolveStaged();

        assertThat(wave2.newPersons()).isEqualTo(1);
        assertThat(identity.assignment().personOf(OXLEAS_2)).hasValueSatisfying(id -> {
            assertThat(id).matches("BC\\d{8}");
            assertThat(id).isGreaterThan(highest);
        });
    }

    @Test
    void aWaveIsHeldOnlyByUndecidedReviewsTouchingItsCohort() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        identity.resolveStaged();
        String insert = "INSERT INTO wave_record (run_id, source_system, source_id, person_id, wave_code)"
                + " VALUES (?, ?, ?, 'BC00000001', 'W1')";
        jdbc.update("DELETE FROM wave_record WHERE run_id IN (901, 902)");
        jdbc.update(insert, 901, "OXLEAS", OXLEAS.id());
        jdbc.update(insert, 902, "COUNCIL", "0");

        assertThat(reviews.openReviewsTouching(901)).containsExactly("COUNCIL:" + COUNCIL.id() + " ~ OXLEAS:"
                + OXLEAS.id());
        assertThat(reviews.openReviewsTouching(902)).isEmpty();
    }

    @Test
    void aPossibleTwinIsQueuedForReviewAndBothRecordsWaitWithoutAPerson() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();

        ResolutionSummary summary = identity.resolveStaged();

        assertThat(identity.reviewQueue()).filteredOn(item -> item.left().equals(COUNCIL)).singleElement()
                .satisfies(item -> {
                    assertThat(item.right()).isEqualTo(OXLEAS);
                    assertThat(item.decision()).isEqualTo("REVIEW");
                    assertThat(item.evidence()).contains("rule=possible_twin");
                    assertThat(item.awaitingDecision()).isTrue();
                    assertThat(item.leftPerson()).isEmpty();
                });
        assertThat(summary.heldRecords()).isGreaterThanOrEqualTo(2);
        assertThat(identity.assignment().personOf(COUNCIL)).isEmpty();
        assertThat(identity.assignment().personOf(OXLEAS)).isEmpty();
    }

    @Test
    void theReviewQueueNamesIdsAndAgreementLevelsButNoPersonalValue() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        identity.resolveStaged();

        List<ReviewItem> queue = identity.reviewQueue();

        assertThat(queue).isNotEmpty().allSatisfy(item -> assertThat(item.evidence())
                .matches("[a-z_]+=[^;]+(;[a-z_]+=[^;]+)*")
                .doesNotContainIgnoringCase("zebedee").doesNotContainIgnoringCase("barnabas")
                .doesNotContainIgnoringCase("quarmby").doesNotContain("1948").doesNotContain("DA5"));
    }

    @Test
    void aDifferentPeopleDecisionKeepsTwoOtherwiseMatchingRecordsApartInEveryLaterRun() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();
        identity.decide(COUNCIL, OXLEAS, Verdict.DIFFERENT_PEOPLE, "reviewer.b", "different mothers' maiden names");

        identity.resolveStaged();
        SortedMap<SourceRef, String> afterFirst = identity.assignment().snapshot();
        identity.resolveStaged();

        assertThat(afterFirst.get(COUNCIL)).isNotNull().isNotEqualTo(afterFirst.get(OXLEAS));
        assertThat(identity.assignment().snapshot()).isEqualTo(afterFirst);
        assertThat(identity.reviewQueue()).noneSatisfy(item -> assertThat(item.left()).isEqualTo(COUNCIL));
        assertThat(auditedPair("COUNCIL:900001+OXLEAS:TST0000001"))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("IDENTITY_DIFFERENT_PEOPLE"));
    }

    @Test
    void aDifferentPeopleDecisionAboutAQueuedPairGivesEachRecordItsOwnPersonOnTheNextRun() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        identity.resolveStaged();
        identity.decide(COUNCIL, OXLEAS, Verdict.DIFFERENT_PEOPLE, "reviewer.b", "twin brothers");
        assertThat(identity.reviewQueue()).filteredOn(item -> item.left().equals(COUNCIL)).singleElement()
                .satisfies(item -> assertThat(item.decidedSinceRun()).isPresent());

        identity.resolveStaged();

        assertThat(identity.assignment().personOf(COUNCIL)).isPresent()
                .isNotEqualTo(identity.assignment().personOf(OXLEAS));
        assertThat(identity.assignment().personOf(OXLEAS)).isPresent();
    }

    @Test
    void aSamePersonDecisionAboutTwoExistingPersonsIsReportedAsAConflictAndRenumbersNobody() {
        SourceRef agnetha = SourceRef.oxleas("TST0000003");
        staging.with(zebedee(COUNCIL).build(), zebedee(agnetha).forename("Agnetha").surname("Lindqvist")
                .gender(Gender.FEMALE).dateOfBirth(LocalDate.of(1971, 6, 2)).postcode("SE9 4QQ").build()).stage();
        identity.resolveStaged();
        SortedMap<SourceRef, String> before = identity.assignment().snapshot();

        DecisionReceipt receipt = identity.decide(COUNCIL, agnetha, Verdict.SAME_PERSON, "reviewer.c", "same person");
        ResolutionSummary after = identity.resolveStaged();

        assertThat(receipt.effect()).contains(before.get(COUNCIL), before.get(agnetha), "conflict");
        assertThat(after.conflicts()).isEqualTo(1);
        assertThat(identity.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(IdConflict.Kind.EXISTING_PERSONS_MERGED);
            assertThat(c.personIds()).containsExactlyInAnyOrder(before.get(COUNCIL), before.get(agnetha));
            assertThat(c.records()).contains(COUNCIL, agnetha);
        });
        assertThat(identity.assignment().snapshot()).isEqualTo(before);
    }

    @Test
    void aDecisionAboutARecordNeitherStagedNorAssignedIsRefusedAndNothingIsRecorded() {
        staging.with(zebedee(COUNCIL).build()).stage();

        assertThatThrownBy(() -> identity.decide(COUNCIL, SourceRef.oxleas("NOSUCH1"), Verdict.SAME_PERSON,
                "reviewer.a", "looks alike"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("OXLEAS:NOSUCH1 is not a known record: it is neither staged nor assigned to a person");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_decision", Integer.class)).isZero();
    }

    @Test
    void aDecisionNeedsAReason() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();

        assertThatThrownBy(() -> identity.decide(COUNCIL, OXLEAS, Verdict.SAME_PERSON, "reviewer.a", " "))
                .isInstanceOf(UserFacingException.class).hasMessage("a reason (--reason) is required");
    }

    @Test
    void deletedCouncilRecordsGetNoPersonAndMergedOnesFollowTheRecordTheyWereMergedInto() {
        SourceRef deleted = SourceRef.council("900002");
        SourceRef merged = SourceRef.council("900003");
        staging.with(zebedee(COUNCIL).build(),
                zebedee(deleted).forename("Yolande").gender(Gender.FEMALE).status(RecordStatus.DELETED).build(),
                zebedee(merged).forename("Lydia").surname("Pemberton").gender(Gender.FEMALE)
                        .dateOfBirth(LocalDate.of(1933, 9, 9)).mergedInto("900001").build()).stage();

        ResolutionSummary summary = identity.resolveStaged();

        assertThat(summary.deletedExcluded()).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM stg_council_clients WHERE record_status = 'D'", Integer.class));
        assertThat(identity.assignment().personOf(deleted)).isEmpty();
        assertThat(identity.assignment().personOf(merged)).isPresent().isEqualTo(identity.assignment().personOf(COUNCIL));
    }

    @Test
    void showPutsTheTwoRecordsSideBySideAndAuditsTheViewing() {
        staging.with(zebedee(COUNCIL).middleNames("Albert").build(), zebedee(OXLEAS).forename("Barnabas").build())
                .stage();
        identity.resolveStaged();

        PairView view = identity.show(COUNCIL, OXLEAS, "reviewer.a");

        assertThat(view.left().value("given name")).isEqualTo("Zebedee");
        assertThat(view.right().value("given name")).isEqualTo("Barnabas");
        assertThat(view.left().value("middle names")).isEqualTo("Albert");
        assertThat(view.right().value("middle names")).as("Oxleas holds no middle names").isNull();
        assertThat(view.left().value("gender")).isEqualTo("M (male)");
        assertThat(view.right().value("gender")).isEqualTo("1 (male)");
        assertThat(view.pair()).hasValueSatisfying(p -> assertThat(p.decision()).isEqualTo("REVIEW"));
        assertThat(view.toString()).doesNotContain("Zebedee");
        assertThat(auditedPair("COUNCIL:900001+OXLEAS:TST0000001"))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("IDENTITY_RECORDS_VIEWED");
                    assertThat(e.actor()).isEqualTo("reviewer.a");
                });
    }

    @Test
    void resolvingWithNothingStagedIsRefused() {
        assertThatThrownBy(() -> identity.resolveStaged()).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no people are staged");
    }
}
