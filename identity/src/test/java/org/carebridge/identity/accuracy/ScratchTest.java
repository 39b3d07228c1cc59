package org.carebridge.identity.accuracy;

import java.nio.file.*;
import java.util.*;
import java.util.stream.Collectors;
import org.carebridge.identity.*;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.*;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        Path dir = Files.createTempDirectory("febrl");
        FebrlBundles b = new FebrlBundles(dir.resolve("c"), dir.resolve("o"));
        List<PersonRecord> council = new CouncilClientReader().read(dir.resolve("c/CLIENTS.csv")).records();
        List<PersonRecord> oxleas = new OxleasPatientReader().read(dir.resolve("o/MHS001MPI.csv")).records();
        {
            List<PersonRecord> recs = new ArrayList<>(council);
            Map<String, String> newId = new HashMap<>();
            int next = 600000;
            for (PersonRecord o : oxleas) {
                String id = Integer.toString(next++);
                newId.put(o.ref().id(), id);
                recs.add(new PersonRecord(org.carebridge.identity.person.SourceRef.council(id), o.nhsNumber(), o.nhsNumberStatus(), o.forename(), null, o.surname(), null, o.dateOfBirth(), o.gender(), o.postcode(), o.status(), null));
            }
            Set<String> truth = b.truePairs().stream().map(k -> k.split("\\|")[0] + "|" + newId.get(k.split("\\|")[1])).collect(Collectors.toSet());
            Resolution r = IdentityResolver.withDefaults(new SequentialPersonIdGenerator("X", 5, 1)).resolve(recs, PriorDecisions.none(), Map.of());
            Set<String> m = r.withinSourcePairs(org.carebridge.legacy.SourceSystem.COUNCIL).stream().filter(p -> p.decision() == Decision.MATCH).map(p -> p.left().id() + "|" + p.right().id()).collect(Collectors.toSet());
            System.out.println("dedup: " + PairwiseScore.of(m, truth));
        }
        for (int n : new int[] {100}) {
            Set<String> keepC = council.subList(0, n).stream().map(r -> r.ref().id()).collect(Collectors.toSet());
            Set<String> truth = b.truePairs().stream().filter(k -> keepC.contains(k.split("\\|")[0])).collect(Collectors.toSet());
            Set<String> keepO = truth.stream().map(k -> k.split("\\|")[1]).collect(Collectors.toSet());
            List<PersonRecord> recs = new ArrayList<>(council.subList(0, n));
            oxleas.stream().filter(r -> keepO.contains(r.ref().id())).forEach(recs::add);
            Resolution r = IdentityResolver.withDefaults(new SequentialPersonIdGenerator("X", 5, 1)).resolve(recs, PriorDecisions.none(), Map.of());
            Set<String> m = r.crossSourcePairs().stream().filter(p -> p.decision() == Decision.MATCH).map(p -> p.left().id() + "|" + p.right().id()).collect(Collectors.toSet());
            System.out.println(n + ": " + PairwiseScore.of(m, truth) + " lambda " + r.training().lambda() + " " + r.training().sessions());
        }
    }
}
