package org.carebridge.bench;

/**
 * One measured stage of a benchmark run.
 *
 * @param rows          rows the stage handled (read, loaded or compared: see the stage's name)
 * @param peakHeapBytes the highest heap use sampled while the stage ran
 * @param afterCollectionBytes the most heap a garbage collection during the stage left in use (closer to what the
 *                       stage keeps alive); -1 when no collection ran
 */
public record BenchStage(String stage, long rows, double seconds, long peakHeapBytes, long afterCollectionBytes) {

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rows / seconds;
    }

    public double peakHeapMiB() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }

    /** Heap left after the stage's fullest collection, in MiB, or empty when no collection ran. */
    public String afterCollectionMiB() {
        return afterCollectionBytes < 0 ? "" : String.format(java.util.Locale.ROOT, "%.0f",
                afterCollectionBytes / (1024.0 * 1024.0));
    }
}
