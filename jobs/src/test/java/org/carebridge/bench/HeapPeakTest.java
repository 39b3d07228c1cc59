package org.carebridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void heapThatAStageKeepsAliveThroughACollectionIsCountedAfterIt() throws InterruptedException {
        byte[][] kept = new byte[64][];
        long afterCollection;
        try (HeapPeak heap = HeapPeak.start()) {
            for (int i = 0; i < kept.length; i++) {
                kept[i] = new byte[MIB];
            }
            System.gc();
            // The JVM reports collections on its own notification thread, a moment after System.gc() returns.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (heap.peakAfterCollectionBytes() < 64L * MIB && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            afterCollection = heap.peakAfterCollectionBytes();
        }
        assertThat(kept[63]).hasSize(MIB);
        assertThat(afterCollection).isGreaterThanOrEqualTo(64L * MIB);
        assertThat(afterCollection).isLessThanOrEqualTo(HeapPeak.maxBytes());
    }
}
