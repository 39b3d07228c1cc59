package org.carebridge.handovers;

import java.time.Clock;
import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.HandoverWindowRule;
import org.carebridge.handover.pairing.PairingChecker;
import org.carebridge.handover.pairing.PairingPolicy;
import org.carebridge.handover.pairing.PairingService;
import org.carebridge.handover.pairing.PairingSettings;
import org.carebridge.handover.pairing.PairingWeights;
import org.carebridge.handover.plan.HandoverPlanBuilder;
import org.carebridge.handover.plan.PlanSettings;
import org.carebridge.handover.workflow.HandoverWorkflow;
import org.carebridge.teams.MergedTeamsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The pairing library wired with the programme's configuration and Carebridge's clock. */
@Configuration
class HandoverConfiguration {

    @Bean
    TeamCatalogue teamCatalogue(MergedTeamsProperties teams) {
        return new TeamCatalogue(teams);
    }

    @Bean
    PairingPolicy pairingPolicy(HandoversProperties properties) {
        return new PairingPolicy(new HandoverWindowRule(properties.leadDays(), properties.stayDays()),
                CaseloadWeighting.defaults(), properties.weeklyLimit(), PairingPolicy.defaults().familiarityCap());
    }

    @Bean
    PairingSettings pairingSettings(HandoversProperties properties, PairingPolicy policy) {
        PairingSettings settings = properties.moveLimit() != null
                ? PairingSettings.reproducible(properties.moveLimit())
                : PairingSettings.timeBoxed(properties.solveTime()).withUnimprovedTimeLimit(properties.unimprovedTime());
        return settings.withPolicy(policy).withWeights(PairingWeights.defaults());
    }

    /** Lazy: building the solver factory costs a second, and most commands never pair anyone. */
    @Bean
    @Lazy
    PairingService pairingService(PairingSettings settings) {
        return new PairingService(settings);
    }

    @Bean
    HandoverPlanBuilder handoverPlanBuilder(HandoversProperties properties, PairingPolicy policy) {
        return new HandoverPlanBuilder(new PlanSettings(policy.windowRule(), properties.jointVisits(),
                properties.followUpDays()));
    }

    @Bean
    PairingChecker pairingChecker(TeamCatalogue teams, PairingPolicy policy) {
        return new PairingChecker(teams.teams(), policy);
    }

    @Bean
    HandoverWorkflow handoverWorkflow(Clock clock, PairingChecker checker, HandoverPlanBuilder plans) {
        return new HandoverWorkflow(clock, checker, plans);
    }
}
