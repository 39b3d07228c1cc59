package org.carebridge.identity.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * Turns blocking rules into distinct candidate pairs. Work grows with the sum of squared block sizes, so
 * a block larger than {@code maxBlockSize} (a placeholder date of birth, a very common name) is not
 * compared all-pairs: its records are sorted by surname, forename and date of birth and each is compared
 * with the next {@code window} records only (sorted neighbourhood). That keeps every rule's work linear
 * in the number of records while near neighbours in an oversized block still meet.
 */
public final class Blocker {

    private static final Comparator<NormalisedPerson> NEIGHBOURHOOD = Comparator
            .comparing(NormalisedPerson::surname, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NormalisedPerson::forename, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NormalisedPerson::dateOfBirthDigits, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(NormalisedPerson::index);

    private final List<BlockingRule> rules;
    private final int maxBlockSize;
    private final int window;

    public Blocker(List<BlockingRule> rules, int maxBlockSize, int window) {
        this.rules = List.copyOf(rules);
        if (maxBlockSize < 2 || window < 1) {
            throw new IllegalArgumentException("blocks must allow two records and the window one neighbour");
        }
        this.maxBlockSize = maxBlockSize;
        this.window = window;
    }

    /**
     * Candidate pairs among {@code people}, whose {@code index()} must be their position in the list.
     * <p>
     * Each rule's pairs are sorted and merged into the distinct pairs of the rules before it, rather than all rules'
     * pairs gathered and sorted at once: a pair found by several rules is then held once, not once per rule, and
     * sorting needs room for one rule's pairs, not all of them (at 1.35 million records the rules found about half as
     * many pairs again as there were distinct ones, and a parallel sort takes a second array as large as its input).
     * The merge writes into the rule's own buffer or the earlier pairs' buffer when either has room (the smaller), from the back,
     * so that the union usually needs no third array as large as both; only when neither has room is a larger buffer
     * made, with an eighth to spare for later rules. (At 1,000,000 clients that still happens: G1 does not move
     * arrays this large when it compacts, so a 1.5 GiB heap can run out there with room to spare in pieces.)
     */
    public CandidatePairs block(List<NormalisedPerson> people) {
        long[] distinct = new long[0];
        int distinctSize = 0;
        List<BlockingReport.RuleReport> reports = new ArrayList<>();
        for (BlockingRule rule : rules) {
            LongList all = new LongList(people.size());
            Map<String, IntList> blocks = new HashMap<>();
            for (NormalisedPerson p : people) {
                String key = rule.key(p);
                if (key != null) {
                    blocks.computeIfAbsent(key, k -> new IntList()).add(p.index());
                }
            }
            long blockCount = 0;
            long oversized = 0;
            long largest = 0;
            for (IntList block : blocks.values()) {
                int size = block.size();
                if (size < 2) {
                    continue;
                }
                blockCount++;
                largest = Math.max(largest, size);
                if (size <= maxBlockSize) {
                    for (int i = 0; i < size; i++) {
                        for (int j = i + 1; j < size; j++) {
                            all.add(CandidatePairs.pack(block.get(i), block.get(j)));
                        }
                    }
                } else {
                    oversized++;
                    NormalisedPerson[] sorted = new NormalisedPerson[size];
                    for (int i = 0; i < size; i++) {
                        sorted[i] = people.get(block.get(i));
                    }
                    Arrays.sort(sorted, NEIGHBOURHOOD);
                    for (int i = 0; i < size; i++) {
                        for (int j = i + 1; j <= Math.min(size - 1, i + window); j++) {
                            all.add(CandidatePairs.pack(sorted[i].index(), sorted[j].index()));
                        }
                    }
                }
            }
            reports.add(new BlockingReport.RuleReport(rule.label(), blockCount, all.size(), oversized, largest));
            blocks = null; // garbage before the merge needs room for the union
            int ruleDistinct = all.sortDistinct(); // in place: all.values now starts with them
            int count = unionSize(distinct, distinctSize, all.values, ruleDistinct);
            long[] into = roomier(all.values, distinct, count);
            mergeInto(into, distinct, distinctSize, all.values, ruleDistinct, count);
            distinct = into;
            distinctSize = count;
        }
        return new CandidatePairs(distinct, distinctSize, new BlockingReport(reports, distinctSize));
    }

    /** The smaller of two buffers with room for {@code count} values (the other becomes garbage), or a new one. */
    private static long[] roomier(long[] one, long[] other, int count) {
        boolean oneFits = one.length >= count;
        boolean otherFits = other.length >= count;
        if (oneFits && otherFits) {
            return one.length <= other.length ? one : other;
        }
        return oneFits ? one : otherFits ? other : new long[count + count / 8];
    }

    /** How many distinct values the first {@code aSize} of {@code a} and first {@code bSize} of {@code b} hold. */
    static int unionSize(long[] a, int aSize, long[] b, int bSize) {
        int count = 0;
        for (int i = 0, j = 0; i < aSize || j < bSize; count++) {
            if (j == bSize || i < aSize && a[i] < b[j]) {
                i++;
            } else if (i == aSize || b[j] < a[i]) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return count;
    }

    /**
     * Writes the union of the first {@code aSize} values of {@code a} and the first {@code bSize} of {@code b} (each
     * sorted and distinct; {@code count} values in all) to the first {@code count} places of {@code into}, which may
     * be {@code a} or {@code b} itself. It works from the back: the next place written is never before a value still
     * to be read from the same array, since at least as many values remain to be written as remain to be read there.
     */
    static void mergeInto(long[] into, long[] a, int aSize, long[] b, int bSize, int count) {
        int i = aSize - 1;
        int j = bSize - 1;
        for (int k = count - 1; k >= 0; k--) {
            if (j < 0 || i >= 0 && a[i] > b[j]) {
                into[k] = a[i--];
            } else if (i < 0 || b[j] > a[i]) {
                into[k] = b[j--];
            } else {
                into[k] = a[i--];
                j--;
            }
        }
    }

    /** A growable int array: blocks hold millions of indices and boxing them would double memory. */
    static final class IntList {
        private int[] values = new int[2];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /** A growable long array of packed pairs. */
    static final class LongList {
        private long[] values;
        private int size;

        LongList(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Objects.checkIndex(size, Integer.MAX_VALUE - 8) + size / 2 + 16);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        /** Sorts the values in place and moves the distinct ones to the front; returns how many there are. */
        int sortDistinct() {
            Arrays.parallelSort(values, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || values[i] != values[distinct - 1]) {
                    values[distinct++] = values[i];
                }
            }
            return distinct;
        }
    }
}
