package org.carebridge.legacy.csv;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carebridge.legacy.SourceTable;

/**
 * Reads one legacy table from a CSV file exactly as the interface agreement describes: UTF-8 with an
 * optional byte-order mark, RFC 4180 quoting (fields may span lines), LF or CRLF, columns matched by
 * header name in any order, unknown columns ignored and reported once.
 *
 * <p>It never throws for a bad row: a row that cannot be split into the agreed fields comes back as a
 * {@link SourceRow#broken broken} row with its line, raw text and the rule it breaks, and reading
 * carries on with the next line. Only a file that cannot be read at all (no header, a header without
 * an agreed column) raises a {@link BundleFormatException}.
 *
 * <p>Records are split with OpenCSV's RFC 4180 parser; this class only decides where a record ends
 * (an even number of quote characters), so that an unbalanced quote costs one quarantined line
 * instead of swallowing the rest of the file.
 */
public final class CsvTableReader implements Closeable {

    /** A record still open after this many physical lines is taken to have an unterminated quote. */
    public static final int DEFAULT_MAX_RECORD_LINES = 10_000;
    /** Longest physical line kept whole; the agreement's widest field is 32,000 characters. */
    public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;

    private static final char REPLACEMENT = '\uFFFD';

    private final SourceTable table;
    private final String origin;
    private final InputStream stream;
    private final PhysicalLineReader lines;
    private final ICSVParser parser = new RFC4180ParserBuilder().build();
    private final int maxRecordLines;
    private final Deque<PendingLine> replay = new ArrayDeque<>();
    private final int[] columnPositions;
    private final int headerWidth;
    private final List<String> ignoredColumns;
    private long nextLineNumber = 1;
    private long rowsRead;
    private long blankLines;

    private record PendingLine(long number, PhysicalLineReader.Line line) {
    }

    private CsvTableReader(SourceTable table, String origin, InputStream stream, int maxRecordLines,
                           int maxLineChars) {
        this.table = table;
        this.origin = origin;
        this.stream = stream;
        this.maxRecordLines = maxRecordLines;
        this.lines = new PhysicalLineReader(new InputStreamReader(skipByteOrderMark(stream), lenientUtf8()),
                maxLineChars);
        String[] header = readHeader();
        this.headerWidth = header.length;
        this.columnPositions = new int[table.columns().size()];
        this.ignoredColumns = mapHeader(header);
    }

    /** Opens {@code file}; rows name the file by its file name. */
    public static CsvTableReader open(SourceTable table, Path file) {
        try {
            return open(table, file.getFileName().toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new BundleFormatException(file.getFileName() + ": cannot be opened (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    public static CsvTableReader open(SourceTable table, String origin, InputStream in) {
        return new CsvTableReader(table, origin, in, DEFAULT_MAX_RECORD_LINES, DEFAULT_MAX_LINE_CHARS);
    }

    /** For tests of the recovery limits. */
    static CsvTableReader open(SourceTable table, String origin, InputStream in, int maxRecordLines,
                               int maxLineChars) {
        return new CsvTableReader(table, origin, in, maxRecordLines, maxLineChars);
    }

    public SourceTable table() {
        return table;
    }

    public String origin() {
        return origin;
    }

    /** Header columns the agreement does not know; they are ignored. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Rows returned so far, broken ones included. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Empty lines between records, which hold no data and are passed over. */
    public long blankLines() {
        return blankLines;
    }

    /** The next row, or {@code null} at the end of the file. */
    public SourceRow next() {
        try {
            SourceRow row = readRecord();
            if (row != null) {
                rowsRead++;
            }
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": read failed after line " + (nextLineNumber - 1), e);
        }
    }

    /** Reads and discards {@code count} rows, to resume a restarted job where it stopped. */
    public void skip(long count) {
        for (long i = 0; i < count; i++) {
            if (next() == null) {
                throw new BundleFormatException(origin + ": has fewer rows (" + i + ") than already processed ("
                        + count + "); the file changed since the interrupted run");
            }
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceRow readRecord() throws IOException {
        PendingLine first;
        do {
            first = nextPhysicalLine();
            if (first == null) {
                return null;
            }
            if (first.line().text().isEmpty() && !first.line().overLong()) {
                blankLines++;
                first = null;
            }
        } while (first == null);

        List<PendingLine> record = new ArrayList<>();
        record.add(first);
        StringBuilder text = new StringBuilder(first.line().text());
        boolean overLong = first.line().overLong();
        int quotes = countQuotes(first.line().text());
        while (quotes % 2 != 0) {
            PendingLine more = record.size() < maxRecordLines ? nextPhysicalLine() : null;
            if (more == null) {
                // Unterminated quote: give up on the first line only and read the rest afresh.
                for (int i = record.size() - 1; i >= 1; i--) {
                    replay.addFirst(record.get(i));
                }
                return SourceRow.broken(table, origin, first.number(), first.line().text(), new RowDefect(
                        FormatRule.CSV_UNTERMINATED_QUOTE, null, "a quoted field opened on this line is never closed"));
            }
            record.add(more);
            text.append('\n').append(more.line().text());
            overLong |= more.line().overLong();
            quotes += countQuotes(more.line().text());
        }
        return toRow(first.number(), text.toString(), overLong);
    }

    private SourceRow toRow(long line, String text, boolean overLong) throws IOException {
        if (overLong) {
            return SourceRow.broken(table, origin, line, text, new RowDefect(FormatRule.TOO_LONG, null,
                    "the line is longer than " + DEFAULT_MAX_LINE_CHARS + " characters"));
        }
        String[] fields = parser.parseLine(text);
        if (fields.length != headerWidth) {
            return SourceRow.broken(table, origin, line, text, new RowDefect(FormatRule.CSV_FIELD_COUNT, null,
                    "expected " + headerWidth + " fields as in the header, found " + fields.length));
        }
        String[] values = new String[columnPositions.length];
        for (int i = 0; i < values.length; i++) {
            String field = fields[columnPositions[i]];
            values[i] = field.isEmpty() ? null : field;
            if (field.indexOf(REPLACEMENT) >= 0) {
                return SourceRow.broken(table, origin, line, text, new RowDefect(FormatRule.INVALID_ENCODING,
                        table.columns().get(i).name(), "the field holds bytes that are not valid UTF-8"));
            }
        }
        return SourceRow.of(table, origin, line, values, text);
    }

    private PendingLine nextPhysicalLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pollFirst();
        }
        PhysicalLineReader.Line line = lines.next();
        return line == null ? null : new PendingLine(nextLineNumber++, line);
    }

    private String[] readHeader() {
        try {
            PendingLine header = nextPhysicalLine();
            if (header == null || header.line().text().isBlank()) {
                throw new BundleFormatException(origin + ": is empty; expected a header row with "
                        + table.columns().size() + " columns");
            }
            if (header.line().overLong()) {
                throw new BundleFormatException(origin + ": line 1: the header is longer than "
                        + DEFAULT_MAX_LINE_CHARS + " characters");
            }
            return parser.parseLine(header.line().text());
        } catch (IOException e) {
            throw new BundleFormatException(origin + ": line 1: the header cannot be parsed as CSV", e);
        }
    }

    private List<String> mapHeader(String[] header) {
        Map<String, Integer> positions = new HashMap<>();
        Set<String> duplicated = new LinkedHashSet<>();
        for (int i = 0; i < header.length; i++) {
            if (positions.putIfAbsent(header[i], i) != null) {
                duplicated.add(header[i]);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columnPositions.length; i++) {
            String name = table.columns().get(i).name();
            Integer position = positions.get(name);
            if (position == null) {
                missing.add(name + caseHint(name, positions.keySet()));
            } else {
                columnPositions[i] = position;
            }
        }
        List<String> problems = new ArrayList<>();
        if (!duplicated.isEmpty()) {
            problems.add("duplicated header column(s) " + String.join(", ", duplicated));
        }
        if (!missing.isEmpty()) {
            problems.add("header lacks column(s) " + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            throw new BundleFormatException(origin + ": line 1: " + String.join("; ", problems)
                    + " (expected the " + table.tableName() + " columns of the interface agreement, comma separated)");
        }
        Set<String> known = new LinkedHashSet<>();
        table.columns().forEach(c -> known.add(c.name()));
        List<String> ignored = new ArrayList<>();
        for (String name : header) {
            if (!known.contains(name)) {
                ignored.add(name);
            }
        }
        return List.copyOf(ignored);
    }

    private static String caseHint(String name, Set<String> present) {
        for (String candidate : present) {
            if (candidate.trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return " (found '" + candidate + "': names are case-sensitive and exact)";
            }
        }
        return "";
    }

    private static int countQuotes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    private static CharsetDecoder lenientUtf8() {
        // Malformed bytes become U+FFFD so that the row, not the file, is quarantined with its line.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static InputStream skipByteOrderMark(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(3);
            byte[] head = buffered.readNBytes(3);
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
            return buffered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
