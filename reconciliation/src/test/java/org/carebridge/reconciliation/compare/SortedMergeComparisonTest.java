package org.carebridge.reconciliation.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedMergeComparisonTest {

    private final SortedMergeComparison<Long> comparison = SortedMergeComparison.naturalOrder();
    private final List<RowDifference<Long>> differences = new ArrayList<>();

    private static HashedRow<Long> row(long key, String content) {
        return new HashedRow<>(key, new CanonicalRowHasher().text(content).hash(), "ref-" + key);
    }

    private ComparisonCounts compare(List<HashedRow<Long>> source, List<HashedRow<Long>> target) {
        return comparison.compare(source.iterator(), target.iterator(), differences::add);
    }

    private List<String> reported() {
        return differences.stream().map(d -> d.kind() + " " + d.key()).toList();
    }

    @Test
    void identicalSidesReportNothingAndCountEveryRowAsMatched() {
        ComparisonCounts counts = compare(List.of(row(1, "a"), row(2, "b")), List.of(row(1, "a"), row(2, "b")));

        assertThat(differences).isEmpty();
        assertThat(counts).isEqualTo(new ComparisonCounts(2, 2, 2, 0, 0, 0, 0, 0));
    }

    @Test
    void aSourceRowWithNoTargetRowIsMissing() {
        ComparisonCounts counts = compare(List.of(row(1, "a"), row(2, "b"), row(3, "c")),
                List.of(row(1, "a"), row(3, "c")));

        assertThat(reported()).containsExactly("MISSING 2");
        assertThat(differences.get(0).sourceReference()).isEqualTo("ref-2");
        assertThat(differences.get(0).targetReference()).isNull();
        assertThat(counts.missing()).isEqualTo(1);
    }

    @Test
    void aTargetRowWithNoSourceRowIsExtra() {
        ComparisonCounts counts = compare(List.of(row(2, "b")), List.of(row(1, "a"), row(2, "b"), row(9, "z")));

        assertThat(reported()).containsExactly("EXTRA 1", "EXTRA 9");
        assertThat(counts.extra()).isEqualTo(2);
    }

    @Test
    void aKeyOnBothSidesWithDifferentContentIsDifferent() {
        ComparisonCounts counts = compare(List.of(row(1, "a"), row(2, "b")), List.of(row(1, "a"), row(2, "B")));

        assertThat(reported()).containsExactly("DIFFERENT 2");
        assertThat(differences.get(0).sourceReference()).isEqualTo("ref-2");
        assertThat(differences.get(0).targetReference()).isEqualTo("ref-2");
        assertThat(counts.different()).isEqualTo(1);
        assertThat(counts.matched()).isEqualTo(1);
    }

    @Test
    void differencesAreReportedInKeyOrderAcrossKinds() {
        compare(List.of(row(1, "a"), row(3, "c"), row(5, "e")), List.of(row(2, "b"), row(3, "x"), row(6, "f")));

        assertThat(reported()).containsExactly("MISSING 1", "EXTRA 2", "DIFFERENT 3", "MISSING 5", "EXTRA 6");
    }

    @Test
    void anEmptySideMakesEveryRowOfTheOtherMissingOrExtra() {
        assertThat(compare(List.of(row(1, "a")), List.of()).missing()).isEqualTo(1);
        assertThat(compare(List.of(), List.of(row(1, "a"))).extra()).isEqualTo(1);
        assertThat(compare(List.of(), List.of())).isEqualTo(new ComparisonCounts(0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aRepeatedSourceKeyIsReportedAsDuplicateAndOnlyItsFirstRowIsCompared() {
        ComparisonCounts counts = compare(List.of(row(1, "a"), row(1, "other"), row(2, "b")),
                List.of(row(1, "a"), row(2, "b")));

        assertThat(reported()).containsExactly("DUPLICATE_IN_SOURCE 1");
        assertThat(counts).isEqualTo(new ComparisonCounts(3, 2, 2, 0, 0, 0, 1, 0));
    }

    @Test
    void aRepeatedTargetKeyIsReportedAsDuplicate() {
        ComparisonCounts counts = compare(List.of(row(1, "a")), List.of(row(1, "a"), row(1, "a")));

        assertThat(reported()).containsExactly("DUPLICATE_IN_TARGET 1");
        assertThat(differences.get(0).targetReference()).isEqualTo("ref-1");
        assertThat(counts.duplicatesInTarget()).isEqualTo(1);
    }

    @Test
    void unsortedSourceStopsTheComparisonNamingSideRowAndKeys() {
        assertThatThrownBy(() -> compare(List.of(row(1, "a"), row(5, "e"), row(3, "c")), List.of(row(1, "a"))))
                .isInstanceOf(UnsortedInputException.class)
                .hasMessageContaining("source row 3").hasMessageContaining("key 3")
                .hasMessageContaining("previous key 5");
    }

    @Test
    void unsortedTargetStopsTheComparison() {
        assertThatThrownBy(() -> compare(List.of(row(1, "a")), List.of(row(2, "b"), row(1, "a"))))
                .isInstanceOf(UnsortedInputException.class).hasMessageContaining("target row 2");
    }

    @Test
    void theCountsAddUpForEverySide() {
        ComparisonCounts c = compare(
                List.of(row(1, "a"), row(2, "b"), row(2, "b"), row(4, "d"), row(7, "g")),
                List.of(row(2, "b"), row(3, "c"), row(4, "x"), row(4, "x"), row(8, "h")));

        assertThat(c.sourceRows()).isEqualTo(c.matched() + c.different() + c.missing() + c.duplicatesInSource());
        assertThat(c.targetRows()).isEqualTo(c.matched() + c.different() + c.extra() + c.duplicatesInTarget());
        assertThat(c.discrepancies()).isEqualTo(differences.size()).isEqualTo(7);
    }

    @Test
    void eachDifferenceIsPassedOnAsSoonAsItIsKnownWithoutReadingAhead() {
        RowHash same = new CanonicalRowHasher().text("x").hash();
        long[] pulled = new long[1];
        var source = java.util.stream.LongStream.range(0, 100_000)
                .mapToObj(k -> { pulled[0] = k + 1; return HashedRow.of(k, same); }).iterator();
        var target = java.util.stream.LongStream.range(0, 100_000).filter(k -> k % 1000 != 0)
                .mapToObj(k -> HashedRow.of(k, same)).iterator();
        List<Long> pulledWhenReported = new ArrayList<>();

        ComparisonCounts counts = comparison.compare(source, target, d -> pulledWhenReported.add(pulled[0] - d.key()));

        assertThat(counts.missing()).isEqualTo(100);
        assertThat(counts.matched()).isEqualTo(99_900);
        // when key k is reported missing, at most the row after it has been read from the source
        assertThat(pulledWhenReported).hasSize(100).allSatisfy(ahead -> assertThat(ahead).isBetween(1L, 2L));
    }
}
