package org.carebridge.generator.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.manifest.Manifest;
import org.carebridge.legacy.manifest.ManifestEntry;

/**
 * Every file of a generated dataset, open at once for streaming: one writer per table, the workforce
 * plan and the answer keys. Closing writes the Oxleas manifest from what the writers actually wrote.
 */
public final class OutputFiles implements Closeable {

    public static final String COUNCIL_DIR = "council";
    public static final String OXLEAS_DIR = "oxleas";
    public static final String TRUTH_DIR = "truth";

    private final Path root;
    private final Map<SourceTable, TableSink> sinks = new EnumMap<>(SourceTable.class);
    private final DefectLog defects;
    private final PeopleTruth people;
    private final Map<String, Long> rowsByFile = new LinkedHashMap<>();
    private long bytes;

    private OutputFiles(Path root, DefectCatalogue catalogue, double defectRate) {
        this.root = root;
        this.defects = new DefectLog(root.resolve(TRUTH_DIR).resolve("defects.csv"));
        this.people = new PeopleTruth(root.resolve(TRUTH_DIR).resolve("people.csv"));
        for (SourceTable table : SourceTable.values()) {
            sinks.put(table, new TableSink(table, root, relativePath(table), catalogue.forTable(table), defectRate,
                    defects));
        }
    }

    public static OutputFiles open(Path root, LocalDate asOf, double defectRate) {
        return new OutputFiles(root, new DefectCatalogue(asOf), defectRate);
    }

    /** Where {@code table} is written, relative to the dataset's root. */
    public static String relativePath(SourceTable table) {
        return switch (table.system()) {
            case COUNCIL -> COUNCIL_DIR + "/" + table.fileName();
            case OXLEAS -> OXLEAS_DIR + "/" + table.fileName();
            case WORKFORCE -> table.fileName();
        };
    }

    public TableSink sink(SourceTable table) {
        return sinks.get(table);
    }

    public PeopleTruth people() {
        return people;
    }

    public long defectCount() {
        return defects.count();
    }

    /** Rows written per file (relative path), in the agreement's table order; known after {@link #close()}. */
    public Map<String, Long> rowsByFile() {
        return rowsByFile;
    }

    /** Bytes of all data files written; known after {@link #close()}. */
    public long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        List<ManifestEntry> manifest = new ArrayList<>();
        for (TableSink sink : sinks.values()) {
            sink.close();
            rowsByFile.put(sink.relativePath(), sink.rows());
            if (sink.table().system() == SourceSystem.OXLEAS) {
                manifest.add(new ManifestEntry(sink.table().fileName(), sink.rows(), sink.sha256Hex()));
            }
            try {
                bytes += Files.size(sink.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Manifest.of(manifest).write(root.resolve(OXLEAS_DIR));
        defects.close();
        people.close();
    }
}
