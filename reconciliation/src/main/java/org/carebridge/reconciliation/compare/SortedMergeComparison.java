package org.carebridge.reconciliation.compare;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The row-level comparison: a merge-join of two key-sorted streams of row hashes. One pass, constant memory
 * (one row per side held at a time), every MISSING, EXTRA and DIFFERENT key reported in key order. Sorting is the
 * producer's job (SQL {@code ORDER BY} with binary collation, or an external sort); the join checks it as it goes
 * and throws {@link UnsortedInputException} instead of reporting nonsense. A key repeated on one side is reported
 * as a duplicate and only its first occurrence is compared, which keeps memory constant.
 */
public final class SortedMergeComparison<K> {

    private final Comparator<? super K> order;

    public SortedMergeComparison(Comparator<? super K> order) {
        this.order = Objects.requireNonNull(order, "order");
    }

    /** A comparison in the keys' natural order, e.g. for {@link RowKey}, {@link Long} or binary-sorted text. */
    public static <K extends Comparable<? super K>> SortedMergeComparison<K> naturalOrder() {
        return new SortedMergeComparison<>(Comparator.naturalOrder());
    }

    /**
     * Compares the two sides, passing every difference to {@code differences} as it is found.
     *
     * @throws UnsortedInputException when a side is not sorted by key; differences already passed on stand,
     *                                but the comparison is incomplete
     */
    public ComparisonCounts compare(Iterator<HashedRow<K>> source, Iterator<HashedRow<K>> target,
                                    Consumer<? super RowDifference<K>> differences) {
        Side s = new Side("source", source, DifferenceKind.DUPLICATE_IN_SOURCE, differences);
        Side t = new Side("target", target, DifferenceKind.DUPLICATE_IN_TARGET, differences);
        long matched = 0;
        long different = 0;
        long missing = 0;
        long extra = 0;
        HashedRow<K> a = s.next();
        HashedRow<K> b = t.next();
        while (a != null || b != null) {
            int c = a == null ? 1 : b == null ? -1 : order.compare(a.key(), b.key());
            if (c < 0) {
                differences.accept(new RowDifference<>(DifferenceKind.MISSING, a.key(), a.reference(), null));
                missing++;
                a = s.next();
            } else if (c > 0) {
                differences.accept(new RowDifference<>(DifferenceKind.EXTRA, b.key(), null, b.reference()));
                extra++;
                b = t.next();
            } else {
                if (a.hash().equals(b.hash())) {
                    matched++;
                } else {
                    differences.accept(new RowDifference<>(DifferenceKind.DIFFERENT, a.key(), a.reference(),
                            b.reference()));
                    different++;
                }
                a = s.next();
                b = t.next();
            }
        }
        return new ComparisonCounts(s.rows, t.rows, matched, different, missing, extra, s.duplicates, t.duplicates);
    }

    /** One input with its order check and duplicate skipping. */
    private final class Side {
        private final String name;
        private final Iterator<HashedRow<K>> input;
        private final DifferenceKind duplicateKind;
        private final Consumer<? super RowDifference<K>> differences;
        private K previous;
        private long rows;
        private long duplicates;

        Side(String name, Iterator<HashedRow<K>> rows, DifferenceKind duplicateKind,
             Consumer<? super RowDifference<K>> differences) {
            this.name = name;
            this.input = Objects.requireNonNull(rows, name);
            this.duplicateKind = duplicateKind;
            this.differences = differences;
        }

        /** The next row whose key is new on this side, or {@code null} at the end. */
        HashedRow<K> next() {
            while (input.hasNext()) {
                HashedRow<K> row = input.next();
                rows++;
                if (row == null) {
                    throw new IllegalArgumentException(name + " row " + rows + " is null");
                }
                if (previous != null) {
                    int c = order.compare(previous, row.key());
                    if (c > 0) {
                        throw new UnsortedInputException(name, rows, previous, row.key());
                    }
                    if (c == 0) {
                        duplicates++;
                        differences.accept(duplicateKind == DifferenceKind.DUPLICATE_IN_SOURCE
                                ? new RowDifference<>(duplicateKind, row.key(), row.reference(), null)
                                : new RowDifference<>(duplicateKind, row.key(), null, row.reference()));
                        continue;
                    }
                }
                previous = row.key();
                return row;
            }
            return null;
        }
    }
}
