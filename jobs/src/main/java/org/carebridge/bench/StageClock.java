package org.carebridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Times stages one after another, with their rows and peak heap, in the order they ran. */
public final class StageClock {

    private final List<BenchStage> stages = new ArrayList<>();

    /** Runs the work and records it; {@code rows} reads the row count from the work's result. */
    public <T> T time(String stage, java.util.function.Supplier<T> work, ToLongFunction<T> rows) {
        long started = System.nanoTime();
        T result;
        long peak;
        long afterCollection;
        try (HeapPeak heap = HeapPeak.start()) {
            result = work.get();
            peak = heap.peakBytes();
            afterCollection = heap.peakAfterCollectionBytes();
        }
        stages.add(new BenchStage(stage, rows.applyAsLong(result), (System.nanoTime() - started) / 1e9, peak,
                afterCollection));
        return result;
    }

    public List<BenchStage> stages() {
        return List.copyOf(stages);
    }
}
