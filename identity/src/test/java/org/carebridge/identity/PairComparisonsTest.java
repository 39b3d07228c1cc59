package org.carebridge.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.identity.testing.People.NHS_A;
import static org.carebridge.identity.testing.People.VERIFIED;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;
import static org.carebridge.identity.testing.People.withBackground;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.junit.jupiter.api.Test;

/** Comparing a resolution's candidate pairs elsewhere, range by range, as workers do. */
class PairComparisonsTest {

    private static final List<PersonRecord> RECORDS = withBackground(
            council("900001").nhsNumber(NHS_A, VERIFIED).forename("Zeb").build(),
            oxleas("TST0000001").nhsNumber(NHS_A, VERIFIED).surname("Quarmbie").build(),
            council("900002").forename("Zebedee").surname("Quarmby").build(),
            council("900003").forename("Zebedee").surname("Quarmby").postcode("DA7 4AB").build());

    private static IdentityResolver resolver(PairComparisons comparisons) {
        return new IdentityResolver(ResolutionSettings.defaults(), NicknameTable.standard(),
                SequentialPersonIdGenerator.continuing("BCP", 7, List.of()), comparisons);
    }

    /** A "worker": its own resolver, its own copy of the records in another order, one range of pairs. */
    private static int[] compareOnAnotherProcess(List<PersonRecord> records, String expectedFingerprint, int from,
                                                 int to) {
        List<PersonRecord> arrivedInAnotherOrder = new ArrayList<>(records);
        Collections.shuffle(arrivedInAnotherOrder, new Random(from));
        CandidateSet own = resolver(PairComparisons.IN_PROCESS).candidates(arrivedInAnotherOrder);
        assertThat(own.fingerprint()).isEqualTo(expectedFingerprint);
        return own.compare(from, to);
    }

    @Test
    void pairsComparedInThreeRangesElsewhereResolveExactlyAsPairsComparedHere() {
        PairComparisons inThreeRanges = candidates -> {
            int n = candidates.size();
            int[] all = new int[n];
            int[] bounds = {0, n / 3, 2 * n / 3, n};
            for (int r = 0; r < 3; r++) {
                int[] part = compareOnAnotherProcess(RECORDS, candidates.fingerprint(), bounds[r], bounds[r + 1]);
                System.arraycopy(part, 0, all, bounds[r], part.length);
            }
            return all;
        };

        Resolution here = resolver(PairComparisons.IN_PROCESS).resolve(RECORDS, PriorDecisions.none(), Map.of());
        Resolution split = resolver(inThreeRanges).resolve(RECORDS, PriorDecisions.none(), Map.of());

        assertThat(here.candidatePairs()).isGreaterThan(3);
        assertThat(split.pairs()).isEqualTo(here.pairs());
        assertThat(split.assignment().assignment()).isEqualTo(here.assignment().assignment());
    }

    @Test
    void theResolutionHandsTheSameSetToBeComparedAsCandidatesBuildsForTheSameRecords() {
        AtomicReference<String> handed = new AtomicReference<>();
        resolver(candidates -> {
            handed.set(candidates.fingerprint());
            return candidates.compare(0, candidates.size());
        }).resolve(RECORDS, PriorDecisions.none(), Map.of());

        assertThat(handed.get()).isEqualTo(resolver(PairComparisons.IN_PROCESS).candidates(RECORDS).fingerprint());
    }

    @Test
    void theFingerprintChangesWhenOneValueOfOneRecordChanges() {
        List<PersonRecord> changed = new ArrayList<>(RECORDS);
        changed.set(changed.size() - 1, council("900003").forename("Zebedee").surname("Quarmby").postcode("DA7 4AC")
                .build());

        CandidateSet before = resolver(PairComparisons.IN_PROCESS).candidates(RECORDS);
        CandidateSet after = resolver(PairComparisons.IN_PROCESS).candidates(changed);

        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
    }

    @Test
    void comparisonsThatDoNotCoverEveryPairAreRefused() {
        IdentityResolver shortChanged = resolver(candidates -> candidates.compare(0, candidates.size() - 1));

        assertThatThrownBy(() -> shortChanged.resolve(RECORDS, PriorDecisions.none(), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("comparisons came back");
    }

    @Test
    void rememberedComparisonsCompareTheSameRecordsOnceAcrossResolutions() {
        AtomicInteger compared = new AtomicInteger();
        PairComparisons remembered = PairComparisons.rememberingLatest(candidates -> {
            compared.incrementAndGet();
            return candidates.compare(0, candidates.size());
        });
        IdentityResolver resolver = resolver(remembered);

        List<PersonRecord> inAnotherOrder = new ArrayList<>(RECORDS);
        Collections.reverse(inAnotherOrder);

        Resolution first = resolver.resolve(RECORDS, PriorDecisions.none(), Map.of());
        Resolution again = resolver.resolve(inAnotherOrder, PriorDecisions.none(), Map.of());

        assertThat(compared).hasValue(1);
        assertThat(again.pairs()).isEqualTo(first.pairs());
    }

    @Test
    void rememberedComparisonsCompareAgainWhenARecordChanged() {
        AtomicInteger compared = new AtomicInteger();
        IdentityResolver resolver = resolver(PairComparisons.rememberingLatest(candidates -> {
            compared.incrementAndGet();
            return candidates.compare(0, candidates.size());
        }));
        List<PersonRecord> changed = new ArrayList<>(RECORDS);
        changed.set(changed.size() - 1, council("900003").forename("Zebedee").surname("Quarmby").postcode("DA7 4AC")
                .build());

        resolver.resolve(RECORDS, PriorDecisions.none(), Map.of());
        Resolution afterTheChange = resolver.resolve(changed, PriorDecisions.none(), Map.of());

        assertThat(compared).hasValue(2);
        assertThat(afterTheChange.pairs())
                .isEqualTo(resolver(PairComparisons.IN_PROCESS).resolve(changed, PriorDecisions.none(), Map.of())
                        .pairs());
    }
}
