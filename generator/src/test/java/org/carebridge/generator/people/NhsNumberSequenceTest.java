package org.carebridge.generator.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.carebridge.legacy.format.NhsNumber;
import org.junit.jupiter.api.Test;

class NhsNumberSequenceTest {

    @Test
    void handsOutEveryValidTestRangeNumberOnceThenRunsOut() {
        NhsNumberSequence sequence = new NhsNumberSequence(2026);
        Set<String> seen = new HashSet<>();
        for (String n; (n = sequence.next()) != null; ) {
            assertThat(n).startsWith("999").hasSize(10);
            assertThat(NhsNumber.check(n)).isEqualTo(NhsNumber.Verdict.VALID);
            assertThat(seen.add(n)).as("handed out twice").isTrue();
        }
        // 10^6 prefixes, less those whose check digit would be 10, less the placeholder 9999999999
        assertThat(seen).hasSize(909_090);
    }

    @Test
    void neighbouringPeopleDoNotGetNeighbouringNumbers() {
        NhsNumberSequence sequence = new NhsNumberSequence(7);
        long first = Long.parseLong(sequence.next().substring(0, 9));
        long second = Long.parseLong(sequence.next().substring(0, 9));

        assertThat(Math.abs(second - first)).isGreaterThan(10);
    }
}
