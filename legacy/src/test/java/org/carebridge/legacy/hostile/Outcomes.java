package org.carebridge.legacy.hostile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;

/**
 * What reading a file gives, row by row, in words a specification can list: {@code "line 3: staged"} or
 * {@code "line 4: CSV_MALFORMED_QUOTE TEAM_NAME"} (every format defect of the row, with its column).
 */
record Outcomes(List<String> lines, List<ParsedRow> rows, long rowsRead) {

    static Outcomes of(SourceTable table, String corpusFile) {
        try (CsvTableReader reader = CsvTableReader.open(table, corpusPath(corpusFile))) {
            return readAll(reader);
        }
    }

    static Outcomes of(SourceTable table, String origin, String text) {
        return of(table, origin, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Outcomes of(SourceTable table, String origin, InputStream in) {
        try (CsvTableReader reader = CsvTableReader.open(table, origin, in)) {
            return readAll(reader);
        }
    }

    static Path corpusPath(String corpusFile) {
        try {
            return Path.of(Outcomes.class.getResource("/hostile/" + corpusFile).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no corpus file " + corpusFile, e);
        }
    }

    /** The row that starts on {@code line}. */
    ParsedRow row(long line) {
        return rows.stream().filter(r -> r.source().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no row starts on line " + line));
    }

    /** The only defect of the row that starts on {@code line}. */
    RowDefect defect(long line) {
        List<RowDefect> defects = row(line).defects();
        if (defects.size() != 1) {
            throw new AssertionError("line " + line + " has " + defects.size() + " defects");
        }
        return defects.get(0);
    }

    private static Outcomes readAll(CsvTableReader reader) {
        RowParser parser = new RowParser();
        List<String> lines = new ArrayList<>();
        List<ParsedRow> rows = new ArrayList<>();
        for (SourceRow source; (source = reader.next()) != null; ) {
            ParsedRow row = parser.parse(source);
            rows.add(row);
            lines.add("line " + source.line() + ": " + (row.ok() ? "staged" : row.defects().stream()
                    .map(d -> d.rule().id() + (d.column() == null ? "" : " " + d.column()))
                    .collect(Collectors.joining("; "))));
        }
        return new Outcomes(List.copyOf(lines), List.copyOf(rows), reader.rowsRead());
    }
}
