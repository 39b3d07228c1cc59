package org.carebridge.generator;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures generation: {@code java -Xmx256m -cp ... org.carebridge.generator.GeneratorBenchmark PEOPLE OUT_DIR
 * [SEED]}. Prints rows, bytes, seconds, rows/s, MB/s and the peak heap the collector saw. Not a test: speed
 * and memory depend on the machine.
 */
public final class GeneratorBenchmark {

    private GeneratorBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GeneratorBenchmark PEOPLE OUT_DIR [SEED]");
            System.exit(2);
        }
        GeneratorSettings settings = GeneratorSettings.builder().people(Long.parseLong(args[0]))
                .seed(args.length > 2 ? Long.parseLong(args[2]) : 1).build();
        GenerationSummary s = new SourceGenerator(settings).generate(Path.of(args[1]));
        s.rowsByFile().forEach((file, rows) -> System.out.printf(Locale.ROOT, "%-45s %,14d%n", file, rows));
        System.out.printf(Locale.ROOT, "people %,d  rows %,d  defects %,d  MB %.1f%n", settings.people(),
                s.totalRows(), s.defects(), s.bytes() / 1e6);
        System.out.printf(Locale.ROOT, "seconds %.1f  rows/s %,.0f  MB/s %.1f%n", s.seconds(), s.rowsPerSecond(),
                s.megabytesPerSecond());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        System.out.printf(Locale.ROOT, "max heap %d MB  peak heap used (sum of pool peaks) %d MB  collections %d%n",
                Runtime.getRuntime().maxMemory() / (1 << 20), peak / (1 << 20), gcs);
    }
}
