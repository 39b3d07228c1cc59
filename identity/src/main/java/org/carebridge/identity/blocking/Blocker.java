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

    /** Candidate pairs among {@code people}, whose {@code index()} must be their position in the list. */
    public CandidatePairs block(List<NormalisedPerson> people) {
        LongList all = new LongList(people.size() * 4);
        List<BlockingReport.RuleReport> reports = new ArrayList<>();
        for (BlockingRule rule : rules) {
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
            int before = all.size();
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
            reports.add(new BlockingReport.RuleReport(rule.label(), blockCount, all.size() - before, oversized,
                    largest));
        }
        long[] distinct = all.sortedDistinct();
        return new CandidatePairs(distinct, new BlockingReport(reports, distinct.length));
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

        long[] sortedDistinct() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.parallelSort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }
}
