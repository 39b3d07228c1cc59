package org.carebridge.identity.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.identity.Decision;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FEBRL 4 (5,000 ↔ 5,000, one-to-one) converted into the two legacy formats, read back through the
 * module's readers and linked with default settings.
 */
class Febrl4LinkageTest {

    @TempDir
    static Path dir;

    static FebrlBundles bundles;
    static PersonReadResult council;
    static PersonReadResult oxleas;
    static Resolution resolution;
    static PairwiseScore score;
    static double pairCompleteness;

    @BeforeAll
    static void linkFebrl4() {
        bundles = new FebrlBundles(dir.resolve("council"), dir.resolve("oxleas"));
        council = new CouncilClientReader().read(dir.resolve("council/CLIENTS.csv"));
        oxleas = new OxleasPatientReader().read(dir.resolve("oxleas/MHS001MPI.csv"));
        List<PersonRecord> records = new ArrayList<>(council.records());
        records.addAll(oxleas.records());
        resolution = IdentityResolver.withDefaults(new SequentialPersonIdGenerator("BCP", 7, 1))
                .resolve(records, PriorDecisions.none(), Map.of());
        Set<String> matched = resolution.crossSourcePairs().stream()
                .filter(p -> p.decision() == Decision.MATCH)
                .map(p -> p.left().id() + "|" + p.right().id())
                .collect(Collectors.toSet());
        score = PairwiseScore.of(matched, bundles.truePairs());
        pairCompleteness = BlockingCompleteness.of(records, bundles.truePairs());
        Set<String> reviewed = resolution.crossSourcePairs().stream()
                .filter(p -> p.decision() == Decision.REVIEW)
                .map(p -> p.left().id() + "|" + p.right().id())
                .collect(Collectors.toSet());
        System.out.println("FEBRL4 pair completeness of blocking: " + pairCompleteness + "; true pairs in review: "
                + reviewed.stream().filter(bundles.truePairs()::contains).count() + " of " + reviewed.size());
        System.out.println("FEBRL4 linkage: " + score + "; candidate pairs " + resolution.candidatePairs()
                + "; reviews " + resolution.reviewQueue().size());
        System.out.println(resolution.model());
        System.out.println(resolution.training());
        resolution.blocking().rules().forEach(System.out::println);
    }

    @Test
    void everyRowIsReadBackFromBothLegacyFiles() {
        assertThat(council.records()).hasSize(5_000);
        assertThat(oxleas.records()).hasSize(5_000);
        assertThat(council.skipped() + oxleas.skipped()).isZero();
    }

    @Test
    void matchesArePrecise() {
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void matchesFindNearlyEveryTruePair() {
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void blockingComparesFarFewerPairsThanAllPairs() {
        long allPairs = 10_000L * 9_999 / 2;
        assertThat(resolution.candidatePairs()).isLessThan(allPairs / 100);
    }

    @Test
    void blockingBringsNearlyEveryTruePairTogether() {
        assertThat(pairCompleteness).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void evidenceNamesLevelsNeverValues() {
        PairDecision any = resolution.crossSourcePairs().get(0);
        assertThat(any.evidence()).contains("forename=").contains("dob=").doesNotContain("999");
    }
}
