package org.carebridge.identity.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.testing.People.NHS_A;
import static org.carebridge.identity.testing.People.NHS_B;
import static org.carebridge.identity.testing.People.NOT_TRACED;
import static org.carebridge.identity.testing.People.VERIFIED;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.normalised;
import static org.carebridge.identity.testing.People.oxleas;

import java.time.LocalDate;
import org.carebridge.identity.compare.PairComparator;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.testing.People;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private final PairComparator comparator = new PairComparator(People.nicknames());

    private int vector(PersonRecord.Builder a, PersonRecord.Builder b) {
        return comparator.compare(normalised(0, a.build()), normalised(1, b.build()));
    }

    @Test
    void tier1NeedsTheSameVerifiedNumberAndTheSameDateOfBirth() {
        NormalisedPerson a = normalised(council("1").nhsNumber(NHS_A, VERIFIED).forename("Ann"));
        NormalisedPerson b = normalised(oxleas("R1").nhsNumber("999 000 0018", VERIFIED));
        assertThat(NhsNumberRule.verifiedMatch(a, b)).isTrue();
    }

    @Test
    void tier1DoesNotFireOnAnUnverifiedNumber() {
        NormalisedPerson a = normalised(council("1").nhsNumber(NHS_A, NOT_TRACED));
        NormalisedPerson b = normalised(oxleas("R1").nhsNumber(NHS_A, VERIFIED));
        assertThat(NhsNumberRule.verifiedMatch(a, b)).isFalse();
    }

    @Test
    void tier1DoesNotFireWhenTheDatesOfBirthDiffer() {
        NormalisedPerson a = normalised(council("1").nhsNumber(NHS_A, VERIFIED));
        NormalisedPerson b = normalised(oxleas("R1").nhsNumber(NHS_A, VERIFIED).dateOfBirth(LocalDate.of(1948, 3, 15)));
        assertThat(NhsNumberRule.verifiedMatch(a, b)).isFalse();
    }

    @Test
    void twoDifferentVerifiedNumbersAreAConflict() {
        NormalisedPerson a = normalised(council("1").nhsNumber(NHS_A, VERIFIED));
        NormalisedPerson b = normalised(oxleas("R1").nhsNumber(NHS_B, VERIFIED));
        assertThat(NhsNumberRule.verifiedConflict(a, b)).isTrue();
        assertThat(NhsNumberRule.verifiedConflict(a, normalised(oxleas("R2").nhsNumber(NHS_B, NOT_TRACED))))
                .isFalse();
    }

    @Test
    void namesDateAndGenderMeetTheTraceRule() {
        assertThat(DeterministicRule.firstMatching(vector(council("1").postcode(null), oxleas("R1"))))
                .isEqualTo(DeterministicRule.SURNAME_FORENAME_DOB_GENDER);
    }

    @Test
    void surnamePostcodeDateAndGenderMeetTheTraceRule() {
        assertThat(DeterministicRule.firstMatching(vector(council("1").forename("Zeb"), oxleas("R1"))))
                .isEqualTo(DeterministicRule.SURNAME_POSTCODE_DOB_GENDER);
    }

    @Test
    void noDeterministicRuleFiresWhenValidNhsNumbersDiffer() {
        assertThat(DeterministicRule.firstMatching(vector(council("1").nhsNumber(NHS_A, NOT_TRACED),
                oxleas("R1").nhsNumber(NHS_B, NOT_TRACED)))).isNull();
    }

    @Test
    void noDeterministicRuleFiresWhenGendersDiffer() {
        assertThat(DeterministicRule.firstMatching(vector(council("1"), oxleas("R1").gender(Gender.FEMALE))))
                .isNull();
    }

    @Test
    void aDifferentForenameWithTheSameSurnameDateAndAddressLooksLikeATwin() {
        int twins = vector(council("1"), oxleas("R1").forename("Ann").gender(Gender.FEMALE));
        assertThat(PossibleTwinRule.applies(twins)).isTrue();
        assertThat(DeterministicRule.firstMatching(vector(council("1"), oxleas("R1").forename("Ann")))).isNull();
    }

    @Test
    void anAgreeingNhsNumberLiftsTheTwinDoubt() {
        assertThat(PossibleTwinRule.applies(vector(council("1").forename("Ann").nhsNumber(NHS_A, NOT_TRACED),
                oxleas("R1").nhsNumber(NHS_A, NOT_TRACED)))).isFalse();
    }

    @Test
    void namesakesAGenerationApartAreNeverMergedAutomatically() {
        PersonRecord.Builder father = council("1").dateOfBirth(LocalDate.of(1948, 3, 14));
        PersonRecord.Builder son = oxleas("R1").dateOfBirth(LocalDate.of(1975, 8, 2));
        assertThat(GenerationGapRule.applies(normalised(father), normalised(son), vector(father, son))).isTrue();
    }

    @Test
    void aDecadeDigitKeyedWrongIsASlipNotAGenerationGap() {
        PersonRecord.Builder a = council("1").dateOfBirth(LocalDate.of(1948, 3, 14));
        PersonRecord.Builder b = oxleas("R1").dateOfBirth(LocalDate.of(1978, 3, 14));
        assertThat(GenerationGapRule.applies(normalised(a), normalised(b), vector(a, b))).isFalse();
    }

    @Test
    void anAgreeingNhsNumberLiftsTheGenerationGapDoubt() {
        PersonRecord.Builder a = council("1").dateOfBirth(LocalDate.of(1948, 3, 14)).nhsNumber(NHS_A, NOT_TRACED);
        PersonRecord.Builder b = oxleas("R1").dateOfBirth(LocalDate.of(1975, 8, 2)).nhsNumber(NHS_A, NOT_TRACED);
        assertThat(GenerationGapRule.applies(normalised(a), normalised(b), vector(a, b))).isFalse();
    }
}
