package org.carebridge.identity.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.identity.Decision;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.legacy.SourceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same FEBRL 4 records in other shapes: small extracts (little to learn from) and one file to de-duplicate. */
class Febrl4VariantsTest {

    @TempDir
    static Path dir;

    static FebrlBundles bundles;
    static List<PersonRecord> council;
    static List<PersonRecord> oxleas;

    @BeforeAll
    static void read() {
        bundles = new FebrlBundles(dir.resolve("council"), dir.resolve("oxleas"));
        council = new CouncilClientReader().read(dir.resolve("council/CLIENTS.csv")).records();
        oxleas = new OxleasPatientReader().read(dir.resolve("oxleas/MHS001MPI.csv")).records();
    }

    private static Resolution resolve(List<PersonRecord> records) {
        return IdentityResolver.withDefaults(new SequentialPersonIdGenerator("BCP", 7, 1))
                .resolve(records, PriorDecisions.none(), Map.of());
    }

    private static Set<String> matched(List<PairDecision> pairs) {
        return pairs.stream().filter(p -> p.decision() == Decision.MATCH)
                .map(p -> p.left().id() + "|" + p.right().id()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} council records and their partners")
    @ValueSource(ints = {100, 300})
    void aSmallExtractStillLinksPrecisely(int size) {
        Set<String> kept = council.subList(0, size).stream().map(r -> r.ref().id()).collect(Collectors.toSet());
        Set<String> truth = bundles.truePairs().stream().filter(k -> kept.contains(k.split("\\|")[0]))
                .collect(Collectors.toSet());
        Set<String> partners = truth.stream().map(k -> k.split("\\|")[1]).collect(Collectors.toSet());
        List<PersonRecord> records = new ArrayList<>(council.subList(0, size));
        oxleas.stream().filter(r -> partners.contains(r.ref().id())).forEach(records::add);

        PairwiseScore score = PairwiseScore.of(matched(resolve(records).crossSourcePairs()), truth);

        System.out.println("FEBRL4 first " + size + ": " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void bothFilesAsOneCouncilExtractDeduplicateAsWellAsTheyLink() {
        List<PersonRecord> records = new ArrayList<>(council);
        Map<String, String> renamed = new HashMap<>();
        int next = 600_000;
        for (PersonRecord o : oxleas) {
            String id = Integer.toString(next++);
            renamed.put(o.ref().id(), id);
            records.add(new PersonRecord(SourceRef.council(id), o.nhsNumber(), o.nhsNumberStatus(), o.forename(),
                    null, o.surname(), null, o.dateOfBirth(), o.gender(), o.postcode(), o.status(), null));
        }
        Set<String> truth = bundles.truePairs().stream()
                .map(k -> k.split("\\|")[0] + "|" + renamed.get(k.split("\\|")[1])).collect(Collectors.toSet());

        PairwiseScore score = PairwiseScore.of(matched(resolve(records).withinSourcePairs(SourceSystem.COUNCIL)),
                truth);

        System.out.println("FEBRL4 as one file: " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
