package org.carebridge.handover.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.carebridge.handover.model.HandoverWindowRule;
import org.junit.jupiter.api.Test;

class HandoverPlanBuilderTest {

    private static final LocalDate CUTOVER = LocalDate.of(2026, 6, 1);

    private final HandoverPlanBuilder builder = new HandoverPlanBuilder(PlanSettings.defaults());

    private HandoverPlan transfer() {
        return builder.build("P1", "BC2", List.of("COUNCIL:7"), false, CUTOVER);
    }

    @Test
    void windowOpensLeadDaysBeforeCutoverAndEndsTheDayBefore() {
        HandoverPlan plan = transfer();

        assertThat(plan.windowStart()).isEqualTo(CUTOVER.minusDays(28));
        assertThat(plan.windowEnd()).isEqualTo(CUTOVER.minusDays(1));
        assertThat(plan.effectiveDate()).isEqualTo(CUTOVER);
        assertThat(plan.followUpReview()).isEqualTo(CUTOVER.plusDays(28));
    }

    @Test
    void atLeastTwoJointVisitsOnDistinctWorkingDaysInsideTheWindowAfterTheClientIsInformed() {
        HandoverPlan plan = transfer();

        assertThat(plan.jointVisits()).hasSize(2).doesNotHaveDuplicates().isSorted();
        assertThat(plan.jointVisits()).allSatisfy(visit -> {
            assertThat(visit).isAfter(plan.clientAndCarerInformed()).isBeforeOrEqualTo(plan.windowEnd());
            assertThat(visit.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
    }

    @Test
    void numberOfJointVisitsIsConfigurable() {
        HandoverPlanBuilder four = new HandoverPlanBuilder(new PlanSettings(HandoverWindowRule.defaults(), 4, 28));

        assertThat(four.build("P1", "BC2", List.of("COUNCIL:7"), false, CUTOVER).jointVisits())
                .hasSize(4).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void fewerThanTwoJointVisitsCannotBeConfigured() {
        assertThatThrownBy(() -> new PlanSettings(HandoverWindowRule.defaults(), 1, 28))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowTooShortForTheVisitsIsRefused() {
        HandoverPlanBuilder tight = new HandoverPlanBuilder(new PlanSettings(new HandoverWindowRule(3, 90), 5, 28));

        assertThatThrownBy(() -> tight.build("P1", "BC2", List.of("COUNCIL:7"), false, CUTOVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot hold 5 joint visits");
    }

    @Test
    void riskAndCrisisPlanIsReviewedAtTheLastJointVisitBeforeTheEffectiveDate() {
        HandoverPlan plan = transfer();

        assertThat(plan.riskAndCrisisPlanReview()).isEqualTo(plan.jointVisits().get(1)).isBefore(plan.effectiveDate());
    }

    @Test
    void outgoingWorkerStaysResponsibleUntilTheIncomingWorkerTakesOverWithNoGap() {
        HandoverPlan plan = transfer();
        ResponsibilityTimeline timeline = plan.responsibility();

        assertThat(timeline.firstGap(plan.windowStart(), plan.followUpReview().plusDays(365))).isEmpty();
        assertThat(timeline.responsibleOn(plan.windowEnd())).containsExactly("COUNCIL:7");
        assertThat(timeline.responsibleOn(plan.effectiveDate())).containsExactly("BC2");
    }

    @Test
    void bothLegacyWorkersHoldTheClientUntilTheOneLeadTakesOver() {
        HandoverPlan plan = builder.build("P1", "BC1", List.of("COUNCIL:7"), true, CUTOVER);

        assertThat(plan.isTransfer()).isTrue();
        assertThat(plan.holdersBeforeHandover()).containsExactly("COUNCIL:7", "BC1");
        assertThat(plan.responsibility().responsibleOn(CUTOVER)).containsExactly("BC1");
        assertThat(plan.responsibility().firstGap(plan.windowStart(), CUTOVER.plusYears(1))).isEmpty();
    }

    @Test
    void continuingWorkerNeedsNoJointVisitsAndIsResponsibleThroughout() {
        HandoverPlan plan = builder.build("P1", "BC1", List.of(), true, CUTOVER);

        assertThat(plan.jointVisits()).isEmpty();
        assertThat(plan.holdersBeforeHandover()).containsExactly("BC1");
        assertThat(plan.riskAndCrisisPlanReview()).isBetween(plan.windowStart(), plan.windowEnd());
    }

    @Test
    void clientWithoutAnyWorkerIsHeldByDutyUntilTheEffectiveDate() {
        HandoverPlan plan = builder.build("P1", "BC1", List.of(), false, CUTOVER);

        assertThat(plan.holdersBeforeHandover()).containsExactly(HandoverPlanBuilder.DUTY);
        assertThat(plan.responsibility().firstGap(plan.windowStart(), CUTOVER.plusYears(1))).isEmpty();
    }
}
