package org.carebridge.identity.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.testing.People;
import org.junit.jupiter.api.Test;

class BlockerTest {

    private static List<NormalisedPerson> people(int n, LocalDate dob) {
        List<NormalisedPerson> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(People.normalised(i, People.council(Integer.toString(i + 1)).forename("Name" + (char) ('A' + i % 26))
                    .surname("Fam" + (char) ('A' + i % 7) + i).dateOfBirth(dob).postcode(null).build()));
        }
        return people;
    }

    @Test
    void aPairFoundByTwoRulesIsOneCandidate() {
        List<NormalisedPerson> twins = List.of(
                People.normalised(0, People.council("1").build()),
                People.normalised(1, People.oxleas("R1").build()));
        CandidatePairs pairs = new Blocker(List.of(BlockingRule.DATE_OF_BIRTH_SURNAME_INITIAL, BlockingRule.POSTCODE_FORENAME_INITIAL),
                100, 10).block(twins);
        assertThat(pairs.size()).isEqualTo(1);
        assertThat(pairs.report().rules()).extracting(BlockingReport.RuleReport::pairs).containsExactly(1L, 1L);
    }

    @Test
    void transposedDayAndMonthShareADateOfBirthBlock() {
        List<NormalisedPerson> two = List.of(
                People.normalised(0, People.council("1").dateOfBirth(LocalDate.of(1948, 3, 11)).build()),
                People.normalised(1, People.oxleas("R1").dateOfBirth(LocalDate.of(1948, 11, 3)).build()));
        assertThat(new Blocker(List.of(BlockingRule.DATE_OF_BIRTH_SURNAME_INITIAL), 100, 10).block(two).size()).isEqualTo(1);
    }

    @Test
    void recordsWithoutTheRulesFieldsJoinNoBlock() {
        List<NormalisedPerson> noDates = List.of(
                People.normalised(0, People.council("1").dateOfBirth(null).build()),
                People.normalised(1, People.oxleas("R1").dateOfBirth(null).build()));
        assertThat(new Blocker(List.of(BlockingRule.DATE_OF_BIRTH_SURNAME_INITIAL), 100, 10).block(noDates).size()).isZero();
    }

    @Test
    void aBlockWithinTheLimitIsComparedAllPairs() {
        CandidatePairs pairs = new Blocker(List.of(BlockingRule.DATE_OF_BIRTH_SURNAME_INITIAL), 50, 3)
                .block(people(50, LocalDate.of(1900, 1, 1)));
        assertThat(pairs.size()).isEqualTo(50 * 49 / 2);
    }

    @Test
    void anOversizedBlockIsComparedOnlyWithinTheWindowSoWorkStaysLinear() {
        CandidatePairs pairs = new Blocker(List.of(BlockingRule.DATE_OF_BIRTH_SURNAME_INITIAL), 50, 3)
                .block(people(51, LocalDate.of(1900, 1, 1)));
        assertThat(pairs.size()).isEqualTo(50 + 49 + 48);
        assertThat(pairs.report().rules().get(0).oversizedBlocks()).isEqualTo(1);
        assertThat(pairs.report().candidatePairs()).isEqualTo(pairs.size());
    }

    @Test
    void candidatePairsAreDistinctAndInAscendingOrder() {
        CandidatePairs pairs = new Blocker(List.of(BlockingRule.values()), 1000, 10)
                .block(people(30, LocalDate.of(1950, 5, 5)));
        for (int i = 1; i < pairs.size(); i++) {
            assertThat(pairs.pair(i)).isGreaterThan(pairs.pair(i - 1));
        }
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(pairs.first(i)).isLessThan(pairs.second(i));
        }
    }

    @Test
    void theUnionOfTwoSortedDistinctArraysHoldsEachValueOfEitherOnceInOrder_writtenApartOrOverEitherOfThem() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 300; round++) {
            java.util.TreeSet<Long> left = new java.util.TreeSet<>();
            java.util.TreeSet<Long> right = new java.util.TreeSet<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                left.add((long) random.nextInt(60));
            }
            for (int i = random.nextInt(40); i > 0; i--) {
                right.add((long) random.nextInt(60));
            }
            java.util.TreeSet<Long> union = new java.util.TreeSet<>(left);
            union.addAll(right);
            long[] expected = union.stream().mapToLong(Long::longValue).toArray();
            // Both arrays are longer than their sorted, distinct part (room to merge into): what lies beyond is ignored.
            long[] a = withRoom(left, expected.length);
            long[] b = withRoom(right, expected.length);
            int count = Blocker.unionSize(a, left.size(), b, right.size());
            long[] into = switch (round % 3) {
                case 0 -> new long[count];
                case 1 -> a;
                default -> b;
            };

            Blocker.mergeInto(into, a, left.size(), b, right.size(), count);

            assertThat(count).isEqualTo(expected.length);
            assertThat(java.util.Arrays.copyOf(into, count)).as("round %d", round).containsExactly(expected);
        }
    }

    private static long[] withRoom(java.util.SortedSet<Long> values, int room) {
        long[] array = new long[Math.max(room, values.size()) + 2];
        java.util.Arrays.fill(array, -1);
        int i = 0;
        for (long value : values) {
            array[i++] = value;
        }
        return array;
    }

    @Test
    void theCandidatesAreTheUnionOfEveryRulesPairsAndEachRuleReportsItsOwn() {
        List<NormalisedPerson> people = people(40, LocalDate.of(1950, 5, 5));
        java.util.Set<Long> expected = new java.util.TreeSet<>();
        List<Long> perRule = new ArrayList<>();
        for (BlockingRule rule : BlockingRule.values()) {
            CandidatePairs alone = new Blocker(List.of(rule), 8, 2).block(people);
            for (int i = 0; i < alone.size(); i++) {
                expected.add(alone.pair(i));
            }
            perRule.add((long) alone.size());
        }

        CandidatePairs all = new Blocker(List.of(BlockingRule.values()), 8, 2).block(people);

        long[] found = new long[all.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = all.pair(i);
        }
        assertThat(found).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        assertThat(all.report().rules()).extracting(BlockingReport.RuleReport::pairs).containsExactlyElementsOf(perRule);
        assertThat(perRule.stream().mapToLong(Long::longValue).sum()).isGreaterThan(all.size());
    }
}
