package org.carebridge.bench;

/**
 * One measured stage of a benchmark run.
 *
 * @param rows          rows the stage handled (read, loaded or compared: see the stage's name)
 * @param peakHeapBytes the highest heap use sampled while the stage ran
 */
public record BenchStage(String stage, long rows, double seconds, long peakHeapBytes) {

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rows / seconds;
    }

    public double peakHeapMiB() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }
}
