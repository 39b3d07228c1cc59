package org.carebridge.identity.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.csv.SpreadsheetSafe;

/**
 * Writes the link command's outputs with OpenCSV (through the agreement's {@link CsvTableWriter}):
 * the council–Oxleas pairs decided MATCH or REVIEW, and beside it each source's within-source pairs.
 * Probabilities have six decimals, weights three; rows are in record order. Record ids come from the sources
 * and people open these files in spreadsheets, so ids and evidence go through {@link SpreadsheetSafe}.
 */
public final class LinkCsvWriter {

    public static final List<String> LINK_HEADER = List.of("council_client_id", "oxleas_patient_id", "decision",
            "match_probability", "match_weight", "tier", "evidence");
    public static final List<String> COUNCIL_DUPLICATES_HEADER = List.of("council_client_id",
            "other_council_client_id", "decision", "match_probability", "match_weight", "tier", "evidence");
    public static final List<String> OXLEAS_DUPLICATES_HEADER = List.of("oxleas_patient_id",
            "other_oxleas_patient_id", "decision", "match_probability", "match_weight", "tier", "evidence");

    /** Writes the council–Oxleas pairs; returns the rows written. */
    public long writeLinks(Path file, Resolution resolution) {
        return write(file, LINK_HEADER, resolution.crossSourcePairs());
    }

    /** Writes the pairs of two records of {@code system}; returns the rows written. */
    public long writeDuplicates(Path file, Resolution resolution, SourceSystem system) {
        List<String> header = switch (system) {
            case COUNCIL -> COUNCIL_DUPLICATES_HEADER;
            case OXLEAS -> OXLEAS_DUPLICATES_HEADER;
            default -> throw new IllegalArgumentException(system + " holds no person records");
        };
        return write(file, header, resolution.withinSourcePairs(system));
    }

    /** The duplicates file's conventional place: beside the link file, {@code <name>-duplicates.csv}. */
    public static Path duplicatesBeside(Path linkFile, SourceSystem system) {
        String name = linkFile.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        String suffix = system == SourceSystem.COUNCIL ? "-duplicates.csv"
                : "-" + system.name().toLowerCase(Locale.ROOT) + "-duplicates.csv";
        return linkFile.resolveSibling(stem + suffix);
    }

    private static long write(Path file, List<String> header, List<PairDecision> pairs) {
        try (CsvTableWriter writer = CsvTableWriter.create(file, header)) {
            for (PairDecision p : pairs) {
                writer.write(SpreadsheetSafe.cell(p.left().id()), SpreadsheetSafe.cell(p.right().id()),
                        p.decision().name(), String.format(Locale.ROOT, "%.6f", p.matchProbability()),
                        String.format(Locale.ROOT, "%.3f", p.matchWeight()), p.tier().code(),
                        SpreadsheetSafe.cell(p.evidence()));
            }
            return writer.rowsWritten();
        }
    }
}
