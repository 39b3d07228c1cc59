package org.carebridge.identity.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.identity.Decision;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Splink's fake_1000 (1,000 records of about 250 people) as one council CLIENTS.csv: deduplication within
 * a source. It has no NHS number, gender or postcode, so only names and dates of birth speak; the floors
 * asserted here are what such thin records can support, the figures are in the README.
 */
class Fake1000DeduplicationTest {

    @TempDir
    static Path dir;

    static Set<String> truePairs = new HashSet<>();
    static PersonReadResult council;
    static Resolution resolution;
    static PairwiseScore matches;

    @BeforeAll
    static void deduplicate() {
        List<Map<String, String>> rows = LabelledCsv.resource("/linkage/splink-fake1000/fake_1000.csv").records();
        Map<String, List<String>> idsByCluster = new HashMap<>();
        try (LegacyBundleWriter clients = new LegacyBundleWriter(dir, SourceTable.COUNCIL_CLIENTS)) {
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                String clientId = Integer.toString(i + 1);
                idsByCluster.computeIfAbsent(r.get("cluster"), c -> new ArrayList<>()).add(clientId);
                Map<String, String> row = new HashMap<>();
                row.put("CLIENT_ID", clientId);
                row.put("FORENAME", r.get("first_name"));
                row.put("SURNAME", r.get("surname"));
                row.put("DATE_OF_BIRTH", r.get("dob"));
                row.put("ADDRESS_LINE_3", r.get("city"));
                row.put("RECORD_STATUS", "A");
                clients.write(row);
            }
        }
        for (List<String> ids : idsByCluster.values()) {
            for (int x = 0; x < ids.size(); x++) {
                for (int y = x + 1; y < ids.size(); y++) {
                    truePairs.add(key(ids.get(x), ids.get(y)));
                }
            }
        }
        council = new CouncilClientReader().read(dir.resolve("CLIENTS.csv"));
        resolution = IdentityResolver.withDefaults(new SequentialPersonIdGenerator("BCP", 7, 1))
                .resolve(council.records(), PriorDecisions.none(), Map.of());
        Set<String> matched = resolution.withinSourcePairs(SourceSystem.COUNCIL).stream()
                .filter(p -> p.decision() == Decision.MATCH)
                .map(p -> key(p.left().id(), p.right().id()))
                .collect(Collectors.toSet());
        Set<String> matchedOrReview = resolution.withinSourcePairs(SourceSystem.COUNCIL).stream()
                .map(p -> key(p.left().id(), p.right().id()))
                .collect(Collectors.toSet());
        matches = PairwiseScore.of(matched, truePairs);
        System.out.println("fake_1000 deduplication, MATCH: " + matches + "; MATCH or REVIEW: "
                + PairwiseScore.of(matchedOrReview, truePairs) + "; candidate pairs " + resolution.candidatePairs()
                + "; persons " + resolution.persons().size() + "; pair completeness "
                + BlockingCompleteness.of(council.records(), truePairs));
        System.out.println(resolution.model());
        System.out.println(resolution.training());
    }

    @Test
    void everyRowIsRead() {
        assertThat(council.records()).hasSize(1_000);
    }

    @Test
    void matchesAreMostlyRight() {
        assertThat(matches.precision()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void aThirdOfDuplicatePairsAreMergedFromNamesAndDatesAlone() {
        assertThat(matches.recall()).isGreaterThanOrEqualTo(0.3);
    }

    private static String key(String a, String b) {
        return Integer.parseInt(a) < Integer.parseInt(b) ? a + "|" + b : b + "|" + a;
    }
}
