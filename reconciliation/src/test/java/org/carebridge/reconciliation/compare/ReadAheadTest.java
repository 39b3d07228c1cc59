package org.carebridge.reconciliation.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** A source that counts from 0 and may fail after some rows; closing it is recorded. */
    private static final class Counting implements Iterator<Integer>, AutoCloseable {
        private final int failAfter;
        private final AtomicBoolean closed = new AtomicBoolean();
        private int next;

        Counting(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Integer next() {
            if (next == failAfter) {
                throw new UncheckedIOException("row " + next + " cannot be read", new java.io.IOException("disk"));
            }
            return next++;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void everyRowArrivesInOrderAcrossBatchBoundaries() {
        int n = ReadAhead.BATCH * 3 + 7;
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> rows = ReadAhead.start("test", IntStream.range(0, n).boxed().iterator())) {
            rows.forEachRemaining(seen::add);
        }

        assertThat(seen).hasSize(n).isSorted().startsWith(0).endsWith(n - 1);
    }

    @Test
    void anEmptySourceGivesNoRows() {
        try (ReadAhead<Integer> rows = ReadAhead.start("test", List.<Integer>of().iterator())) {
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void aFailureInTheSourceReachesTheConsumerAfterTheRowsReadBeforeIt() {
        Counting source = new Counting(2500);
        List<Integer> seen = new ArrayList<>();

        try (ReadAhead<Integer> rows = ReadAhead.start("test", source)) {
            assertThatThrownBy(() -> rows.forEachRemaining(seen::add))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("row 2500");
        }
        assertThat(seen).hasSize(2500);
        assertThat(source.closed).isTrue();
    }

    @Test
    void closingEarlyStopsTheBackgroundReaderAndClosesItsSource() {
        Counting endless = new Counting(-1);
        ReadAhead<Integer> rows = ReadAhead.start("test", endless);
        assertThat(rows.next()).isZero();

        rows.close();

        assertThat(endless.closed).isTrue();
    }

    @Test
    void theMergeJoinGivesTheSameResultWithReadAhead() {
        List<HashedRow<Long>> source = new ArrayList<>();
        List<HashedRow<Long>> target = new ArrayList<>();
        CanonicalRowHasher hasher = new CanonicalRowHasher();
        for (long k = 0; k < 5000; k++) {
            source.add(HashedRow.of(k, hasher.integer(k).hash()));
            if (k % 7 != 0) {
                target.add(HashedRow.of(k, hasher.integer(k % 11 == 0 ? -k : k).hash()));
            }
        }
        SortedMergeComparison<Long> join = SortedMergeComparison.naturalOrder();
        ComparisonCounts direct = join.compare(source.iterator(), target.iterator(), d -> { });

        ComparisonCounts ahead;
        try (ReadAhead<HashedRow<Long>> s = ReadAhead.start("source", source.iterator());
             ReadAhead<HashedRow<Long>> t = ReadAhead.start("target", target.iterator())) {
            ahead = join.compare(s, t, d -> { });
        }

        assertThat(ahead).isEqualTo(direct);
        assertThat(ahead.missing()).isEqualTo(715);
    }
}
