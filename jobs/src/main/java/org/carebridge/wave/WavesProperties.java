package org.carebridge.wave;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The wave plan from {@code config/waves.yml} ({@code carebridge.waves.*}). */
@ConfigurationProperties("carebridge.waves")
public record WavesProperties(Boolean requirePreviousSignedOff, Period longStandingThreshold, List<Wave> plan) {

    public WavesProperties {
        requirePreviousSignedOff = requirePreviousSignedOff == null || requirePreviousSignedOff;
        longStandingThreshold = longStandingThreshold == null ? Period.ofYears(2) : longStandingThreshold;
        plan = plan == null ? List.of() : plan.stream().sorted(Comparator.comparingInt(Wave::order)).toList();
    }

    /** One cohort: it matches a person when any selector matches any of their legacy records. */
    public record Wave(String code, String name, int order, LocalDate cutover, List<Selector> selectors) {
        public Wave {
            selectors = selectors == null ? List.of() : List.copyOf(selectors);
        }
    }

    /** Criteria that must all match one legacy record; each criterion lists alternatives (empty: any). */
    public record Selector(List<String> councilServiceAreas, List<String> legacyTeams, List<String> localities,
                           List<String> mhsdsTeamTypes) {
        public Selector {
            councilServiceAreas = councilServiceAreas == null ? List.of() : List.copyOf(councilServiceAreas);
            legacyTeams = legacyTeams == null ? List.of() : List.copyOf(legacyTeams);
            localities = localities == null ? List.of() : List.copyOf(localities);
            mhsdsTeamTypes = mhsdsTeamTypes == null ? List.of() : List.copyOf(mhsdsTeamTypes);
        }
    }

    public Optional<Wave> wave(String code) {
        return plan.stream().filter(w -> w.code().equalsIgnoreCase(code)).findFirst();
    }
}
