package org.carebridge.generator.random;

import java.util.Arrays;
import java.util.List;

/**
 * Picks from a list ordered from most to least common with Zipf-like weights (rank<sup>-s</sup>), so
 * that the first names of a list are common and the tail rare, as in a real population.
 */
public final class ZipfPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    public ZipfPicker(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int rank = 1; rank <= items.size(); rank++) {
            sum += Math.pow(rank, -exponent);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    public T pick(Rng rng) {
        int i = Arrays.binarySearch(cumulative, rng.nextDouble());
        int index = i >= 0 ? i : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    public List<T> items() {
        return items;
    }
}
