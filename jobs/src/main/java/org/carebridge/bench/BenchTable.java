package org.carebridge.bench;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carebridge.output.AtomicWrite;

/** A benchmark's stages as a terminal table and as CSV. */
public final class BenchTable {

    private static final String[] HEADER = {"stage", "rows", "seconds", "rows_per_second", "peak_heap_mib", "heap_after_gc_mib"};

    private BenchTable() {
    }

    public static List<String> lines(List<BenchStage> stages) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-46s %12s %9s %11s %14s %15s", "stage", "rows", "seconds", "rows/s",
                "peak heap MiB", "after GC MiB"));
        for (BenchStage s : stages) {
            lines.add(String.format(Locale.ROOT, "%-46s %,12d %9.1f %,11.0f %14.0f %15s", s.stage(), s.rows(),
                    s.seconds(), s.rowsPerSecond(), s.peakHeapMiB(), s.afterCollectionMiB().isEmpty() ? "–"
                            : s.afterCollectionMiB()));
        }
        return lines;
    }

    /** Writes the CSV under a temporary name and renames it into place, so a full disk leaves no truncated file. */
    public static void writeCsv(List<BenchStage> stages, Path file) {
        AtomicWrite.file(file, "the benchmark CSV", temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
                csv.writeNext(HEADER, false);
                for (BenchStage s : stages) {
                    csv.writeNext(new String[]{s.stage(), Long.toString(s.rows()),
                            String.format(Locale.ROOT, "%.3f", s.seconds()),
                            String.format(Locale.ROOT, "%.0f", s.rowsPerSecond()),
                            String.format(Locale.ROOT, "%.0f", s.peakHeapMiB()), s.afterCollectionMiB()}, false);
                }
                if (csv.checkError()) { // opencsv keeps a failed write's IOException to itself
                    throw csv.getException() != null ? csv.getException() : new IOException("CSV write failed");
                }
            }
        });
    }
}
