package org.carebridge.generator.random;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Picks from a fixed list with fixed relative weights (a worker's FTE, say) in logarithmic time. */
public final class WeightedPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    public WeightedPicker(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += weight.applyAsDouble(items.get(i));
            cumulative[i] = sum;
        }
    }

    public T pick(Rng rng) {
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        int index = i >= 0 ? i + 1 : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    public List<T> items() {
        return items;
    }
}
