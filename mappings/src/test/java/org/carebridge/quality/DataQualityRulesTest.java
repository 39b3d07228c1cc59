package org.carebridge.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.legacy.SourceTable.COUNCIL_ALLOCATIONS;
import static org.carebridge.legacy.SourceTable.COUNCIL_CASE_NOTES;
import static org.carebridge.legacy.SourceTable.COUNCIL_CLIENTS;
import static org.carebridge.legacy.SourceTable.COUNCIL_SERVICES;
import static org.carebridge.legacy.SourceTable.OXLEAS_CONTACTS;
import static org.carebridge.legacy.SourceTable.OXLEAS_PATIENTS;
import static org.carebridge.quality.RulesFixture.ruleIds;
import static org.carebridge.quality.RulesFixture.validate;
import static org.carebridge.quality.SourceRowBuilder.row;

import org.carebridge.legacy.csv.FormatRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule of the catalogue, each with a value that passes and one that fires it. */
class DataQualityRulesTest {

    @Nested
    class NhsNumbers {

        @Test
        void aVerifiedValidNumberRaisesNothing() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("NHS_NUMBER", "9434765919")
                    .with("NHS_NUMBER_STATUS", "01")))).isEmpty();
        }

        @Test
        void spacesAndHyphensAreRemovedAsARecordedFix() {
            ValidatedRow result = validate(row(COUNCIL_CLIENTS).with("NHS_NUMBER", "943-476 5919")
                    .with("NHS_NUMBER_STATUS", "01"));

            assertThat(ruleIds(result)).containsExactly("NHS_NUMBER_NORMALISED");
            assertThat(result.row().value("NHS_NUMBER")).isEqualTo("9434765919");
            assertThat(result.rejected()).isFalse();
        }

        @Test
        void aNumberThatIsNotTenDigitsIsFlagged() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("NHS_NUMBER", "94347659"))))
                    .containsExactly("NHS_NUMBER_FORMAT");
        }

        @Test
        void aFailingCheckDigitIsFlaggedButThePersonIsKept() {
            ValidatedRow result = validate(row(OXLEAS_PATIENTS).with("NHSNumber", "9434765918"));

            assertThat(ruleIds(result)).containsExactly("NHS_NUMBER_CHECKSUM");
            assertThat(result.rejected()).isFalse();
        }

        @Test
        void aPlaceholderIsFlagged() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("NHS_NUMBER", "9999999999"))))
                    .containsExactly("NHS_NUMBER_PLACEHOLDER");
        }

        @Test
        void aValidNumberWithoutVerifiedStatusIsFlagged() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("NHS_NUMBER", "9434765919")
                    .with("NHS_NUMBER_STATUS", "02")))).containsExactly("NHS_NUMBER_UNVERIFIED");
        }
    }

    @Nested
    class Postcodes {

        @Test
        void aPostcodeInNormalFormRaisesNothing() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("POSTCODE", "DA7 4QT")))).isEmpty();
        }

        @Test
        void caseAndSpacingAreNormalisedAsARecordedFix() {
            ValidatedRow result = validate(row(COUNCIL_CLIENTS).with("POSTCODE", "da74qt"));

            assertThat(ruleIds(result)).containsExactly("POSTCODE_NORMALISED");
            assertThat(result.row().value("POSTCODE")).isEqualTo("DA7 4QT");
        }

        @Test
        void somethingThatIsNoPostcodeIsFlagged() {
            assertThat(ruleIds(validate(row(OXLEAS_PATIENTS).with("Postcode", "NOT KNOWN"))))
                    .containsExactly("POSTCODE_FORMAT");
        }
    }

    @Nested
    class Dates {

        @Test
        void aBirthBeforeTheReferenceDateRaisesNothing() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("DATE_OF_BIRTH", "1950-01-01")))).isEmpty();
        }

        @Test
        void aBirthAfterTheReferenceDateIsRejected() {
            ValidatedRow result = validate(row(COUNCIL_CLIENTS).with("DATE_OF_BIRTH", "2026-11-01"));

            assertThat(ruleIds(result)).containsExactly("DATE_IN_FUTURE");
            assertThat(result.rejected()).isTrue();
        }

        @Test
        void aNoteDatedAfterTheReferenceDateIsRejected() {
            assertThat(ruleIds(validate(row(COUNCIL_CASE_NOTES).with("NOTE_DATE", "2027-01-01T09:00:00"))))
                    .containsExactly("DATE_IN_FUTURE");
        }

        @Test
        void aDeathAfterBirthRaisesNothing() {
            assertThat(ruleIds(validate(row(OXLEAS_PATIENTS).with("PersonBirthDate", "1940-01-01")
                    .with("PersDeathDate", "2020-01-01")))).isEmpty();
        }

        @Test
        void aDeathBeforeBirthIsRejected() {
            assertThat(ruleIds(validate(row(OXLEAS_PATIENTS).with("PersonBirthDate", "1940-01-01")
                    .with("PersDeathDate", "1939-12-31")))).containsExactly("DEATH_BEFORE_BIRTH");
        }

        @Test
        void aPeriodEndingOnItsStartDayRaisesNothing() {
            assertThat(ruleIds(validate(row(COUNCIL_ALLOCATIONS).with("START_DATE", "2024-01-01")
                    .with("END_DATE", "2024-01-01")))).isEmpty();
        }

        @Test
        void aPeriodEndingBeforeItStartsIsRejected() {
            assertThat(ruleIds(validate(row(COUNCIL_ALLOCATIONS).with("START_DATE", "2024-01-02")
                    .with("END_DATE", "2024-01-01")))).containsExactly("END_BEFORE_START");
        }
    }

    @Nested
    class PackageCosts {

        @Test
        void aPositiveWeeklyCostRaisesNothing() {
            assertThat(ruleIds(validate(row(COUNCIL_SERVICES).with("UNIT_COST", "150.00")
                    .with("COST_FREQUENCY", "Weekly")))).isEmpty();
        }

        @Test
        void aNegativeUnitCostIsRejected() {
            assertThat(ruleIds(validate(row(COUNCIL_SERVICES).with("UNIT_COST", "-12.50")
                    .with("COST_FREQUENCY", "Weekly")))).containsExactly("NEGATIVE_UNIT_COST");
        }

        @Test
        void anHourlyCostWithPlannedUnitsRaisesNothing() {
            assertThat(ruleIds(validate(row(COUNCIL_SERVICES).with("UNIT_COST", "21.00")
                    .with("COST_FREQUENCY", "Hourly").with("PLANNED_UNITS_PER_WEEK", "10")))).isEmpty();
        }

        @Test
        void anHourlyCostWithoutPlannedUnitsIsRejected() {
            assertThat(ruleIds(validate(row(COUNCIL_SERVICES).with("UNIT_COST", "21.00")
                    .with("COST_FREQUENCY", "per hour")))).containsExactly("MISSING_PLANNED_UNITS");
        }
    }

    @Nested
    class CodeMappings {

        @Test
        void aValueTheMappingCoversRaisesNothingWhateverItsCaseAndSpacing() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("ETHNICITY", " wbri ")))).isEmpty();
        }

        @Test
        void aValueNoMappingRowCoversIsFlagged() {
            ValidatedRow result = validate(row(COUNCIL_CLIENTS).with("ETHNICITY", "XXXX"));

            assertThat(ruleIds(result)).containsExactly("UNMAPPED_CODE");
            assertThat(result.findings().get(0).message()).doesNotContain("XXXX").contains("council-ethnicity.csv");
        }

        @Test
        void anMhsdsAttendanceCodeIsTranslatedAndAnUnknownOneFlagged() {
            assertThat(ruleIds(validate(row(OXLEAS_CONTACTS).with("AttendOrDNACode", "3")))).isEmpty();
            assertThat(ruleIds(validate(row(OXLEAS_CONTACTS).with("AttendOrDNACode", "8"))))
                    .containsExactly("UNMAPPED_CODE");
        }

        @Test
        void aValueTheAgreementListsRaisesNothingAndAnyOtherIsFlagged() {
            assertThat(ruleIds(validate(row(COUNCIL_ALLOCATIONS).with("ALLOCATION_ROLE", "KEY_WORKER")))).isEmpty();
            assertThat(ruleIds(validate(row(COUNCIL_ALLOCATIONS).with("ALLOCATION_ROLE", "KEYWORKER"))))
                    .containsExactly("UNMAPPED_CODE");
        }

        @Test
        void aPostcodeDistrictNoMappingRowCoversIsFlagged() {
            assertThat(ruleIds(validate(row(COUNCIL_CLIENTS).with("POSTCODE", "EH1 1AA"))))
                    .containsExactly("UNMAPPED_CODE");
        }
    }

    @Nested
    class FormatRules {

        @Test
        void aFieldThatBreaksTheAgreementRejectsTheRowAndStopsOtherRules() {
            ValidatedRow result = validate(row(COUNCIL_CLIENTS).with("DATE_OF_BIRTH", "1950-02-30")
                    .with("ETHNICITY", "XXXX"));

            assertThat(ruleIds(result)).containsExactly(FormatRule.NOT_A_DATE.id());
            assertThat(result.rejected()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(QualityRule.class)
    void everyRuleIsInTheCatalogueWithADescription(QualityRule rule) {
        assertThat(RuleCatalogue.all()).anySatisfy(entry -> {
            assertThat(entry.id()).isEqualTo(rule.id());
            assertThat(entry.description()).isNotBlank();
        });
    }
}
