package org.carebridge.identity.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.identity.Decision;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.bench.PopulationSynthesiser;
import org.carebridge.identity.bench.SyntheticPopulation;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.legacy.SourceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's own corrupting synthesiser (a different seed from the one development looked at):
 * 5,000 council clients, half known to Oxleas, plus Oxleas-only patients, twins, couples and council
 * duplicates. Stands in for the project generator's answer key until that exists.
 */
class SyntheticLinkageTest {

    static SyntheticPopulation population;
    static Resolution resolution;
    static PairwiseScore cross;
    static PairwiseScore duplicates;

    @BeforeAll
    static void link() {
        population = new PopulationSynthesiser(NicknameTable.standard(), 20_250_601L).synthesise(5_000, 0.5, 0.5);
        List<PersonRecord> records = new ArrayList<>(population.council());
        records.addAll(population.oxleas());
        resolution = IdentityResolver.withDefaults(new SequentialPersonIdGenerator("BCP", 7, 1))
                .resolve(records, PriorDecisions.none(), Map.of());
        cross = PairwiseScore.of(matched(resolution.crossSourcePairs()), population.crossPairs());
        duplicates = PairwiseScore.of(matched(resolution.withinSourcePairs(SourceSystem.COUNCIL)),
                population.councilDuplicates());
        System.out.println("synthetic council-oxleas: " + cross + "; council duplicates: " + duplicates
                + "; candidate pairs " + resolution.candidatePairs() + "; pair completeness "
                + BlockingCompleteness.of(records, population.crossPairs()));
    }

    private static Set<String> matched(List<PairDecision> pairs) {
        return pairs.stream().filter(p -> p.decision() == Decision.MATCH)
                .map(p -> p.left().id() + "|" + p.right().id()).collect(Collectors.toSet());
    }

    @Test
    void crossSourceMatchesReproduceTheAnswerKeyPrecisely() {
        assertThat(cross.precision()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void crossSourceMatchesFindNearlyAllOfTheAnswerKey() {
        assertThat(cross.recall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void councilDuplicatesAreFound() {
        assertThat(duplicates.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(duplicates.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
