package org.carebridge.identity.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carebridge.identity.ResolutionSettings;
import org.carebridge.identity.blocking.Blocker;
import org.carebridge.identity.blocking.CandidatePairs;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.normalise.PersonNormaliser;
import org.carebridge.identity.person.PersonRecord;

/** The share of true pairs that the default blocking rules make candidates ("pair completeness"). */
final class BlockingCompleteness {

    private BlockingCompleteness() {
    }

    /** {@code truePairs} as {@code id|id} with the lower record (council before Oxleas) first. */
    static double of(List<PersonRecord> records, Set<String> truePairs) {
        List<PersonRecord> sorted = new ArrayList<>(records);
        sorted.sort((a, b) -> a.ref().compareTo(b.ref()));
        PersonNormaliser normaliser = new PersonNormaliser(NicknameTable.standard());
        List<NormalisedPerson> people = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            people.add(normaliser.normalise(i, sorted.get(i)));
        }
        ResolutionSettings defaults = ResolutionSettings.defaults();
        CandidatePairs pairs = new Blocker(defaults.blockingRules(), defaults.maxBlockSize(), defaults.window())
                .block(people);
        long found = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String a = sorted.get(pairs.first(i)).ref().id();
            String b = sorted.get(pairs.second(i)).ref().id();
            if (truePairs.contains(a + "|" + b) || truePairs.contains(b + "|" + a)) {
                found++;
            }
        }
        return (double) found / truePairs.size();
    }
}
