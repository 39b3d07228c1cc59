package org.carebridge.generator.output;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.carebridge.generator.random.Rng;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.CsvTableWriter;

/**
 * One open output file of a legacy table. Rows pass through here so that, at the configured rate, some
 * are made defective in one of the ways the table allows and recorded in the defect log with their line.
 */
public final class TableSink implements Closeable {

    /** Lines between two unclosed quotes in one file, so that the reader's look-ahead never pairs them. */
    private static final long UNTERMINATED_SPACING = CsvTableReader.DEFAULT_MAX_RECORD_LINES + 2L;

    private final SourceTable table;
    private final String relativePath;
    private final Path file;
    private final CsvTableWriter writer;
    private final List<DefectOption> options;
    private final double rate;
    private final DefectLog log;
    private final int[] keyColumns;
    private long lastLine = 1;
    private long lastUnterminated = -UNTERMINATED_SPACING;

    TableSink(SourceTable table, Path root, String relativePath, List<DefectOption> options, double rate,
              DefectLog log) {
        this.table = table;
        this.relativePath = relativePath;
        this.file = root.resolve(relativePath);
        this.writer = CsvTableWriter.create(file, table.columns().stream().map(Column::name).toList());
        this.options = options;
        this.rate = rate;
        this.log = log;
        this.keyColumns = table.keyColumns().stream().mapToInt(table::indexOf).toArray();
    }

    public SourceTable table() {
        return table;
    }

    /** The file's path below the output folder, with {@code /} separators. */
    public String relativePath() {
        return relativePath;
    }

    public Path file() {
        return file;
    }

    public long rows() {
        return writer.rowsWritten();
    }

    public String sha256Hex() {
        return writer.sha256Hex();
    }

    /** Writes a row that is never made defective (reference data). */
    public void writeClean(String... row) {
        lastLine = writer.write(row);
    }

    /** Writes a row, or at the configured rate a defective version of it, drawing chance from {@code defects}. */
    public void write(String[] row, Rng defects) {
        if (options.isEmpty() || !defects.chance(rate)) {
            lastLine = writer.write(row);
            return;
        }
        DefectOption option = choose(row, defects);
        if (option == null) {
            lastLine = writer.write(row);
            return;
        }
        switch (option.kind()) {
            case MUTATE -> {
                option.mutate().apply(row, defects);
                lastLine = writer.write(row);
                log.record(this, lastLine, key(row), option.defect(), option.rule());
            }
            case EXTRA_FIELD -> {
                String[] longer = Arrays.copyOf(row, row.length + 1);
                longer[row.length] = defects.pick("see notes", "N", "", "0");
                lastLine = writer.write(longer);
                log.record(this, lastLine, key(row), option.defect(), option.rule());
            }
            case UNTERMINATED_QUOTE -> {
                lastLine = writer.writeRaw(unclosed(row, option.column()));
                lastUnterminated = lastLine;
                log.record(this, lastLine, key(row), option.defect(), option.rule());
            }
            case DUPLICATE_KEY -> {
                writer.write(row);
                String[] again = row.clone();
                option.mutate().apply(again, defects);
                lastLine = writer.write(again);
                log.record(this, lastLine, key(again), option.defect(), option.rule());
            }
        }
    }

    private DefectOption choose(String[] row, Rng rng) {
        double[] weights = new double[options.size()];
        boolean any = false;
        for (int i = 0; i < weights.length; i++) {
            DefectOption o = options.get(i);
            boolean fits = o.applies().test(row)
                    && (o.kind() != DefectOption.Kind.UNTERMINATED_QUOTE
                        || lastLine + 1 - lastUnterminated > UNTERMINATED_SPACING);
            weights[i] = fits ? o.weight() : 0;
            any |= fits;
        }
        return any ? options.get(rng.weighted(weights)) : null;
    }

    /** The row's key as {@code ParsedRow.sourceKey()} gives it: key columns joined with {@code |}. */
    private String key(String[] row) {
        StringJoiner key = new StringJoiner("|");
        for (int c : keyColumns) {
            key.add(row[c] == null ? "" : row[c].strip());
        }
        return key.toString();
    }

    /** The row as CSV text with one field's opening quote never closed. */
    private static String unclosed(String[] row, int column) {
        StringJoiner line = new StringJoiner(",");
        for (int i = 0; i < row.length; i++) {
            String v = row[i] == null ? "" : row[i];
            if (i == column) {
                line.add("\"" + v.replace("\"", ""));
            } else if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
                line.add("\"" + v.replace("\"", "\"\"") + "\"");
            } else {
                line.add(v);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        writer.close();
    }
}
