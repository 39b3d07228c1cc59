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
import java.util.function.Predicate;
import org.carebridge.legacy.SourceTable;

/**
 * Reads one legacy table from a CSV file exactly as the interface agreement describes: UTF-8 with an
 * optional byte-order mark, RFC 4180 quoting (fields may span lines), LF or CRLF, columns matched by
 * header name in any order, unknown columns ignored and reported once.
 *
 * <p>It never throws for a bad row: a row that cannot be split into the agreed fields comes back as a
 * {@link SourceRow#broken broken} row with its line, raw text and the rule it breaks, and reading
 * carries on with the next line. Only a file that cannot be read at all (no header, a header without
 * an agreed column, a file in another encoding) raises a {@link BundleFormatException}, whose message
 * names the file, line 1 and what is wrong, never a value.
 *
 * <p>A {@link RecordScanner} decides where a record ends and whether its quoting is sound; only a sound
 * record with the header's number of fields is split, with OpenCSV's RFC 4180 parser. An unbalanced
 * quote costs one quarantined line instead of swallowing the rest of the file. Memory is bounded by
 * the ceilings below whatever the size of the file, which is read as a stream.
 */
public final class CsvTableReader implements Closeable {

    /** A record still open after this many physical lines is taken to have an unterminated quote. */
    public static final int DEFAULT_MAX_RECORD_LINES = 10_000;
    /**
     * Longest line, and longest record, kept whole (characters); the agreement's widest field is 32,000
     * characters, so anything near this is hostile or broken and is refused with {@link FormatRule#TOO_LONG}.
     */
    public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;
    /** Widest header accepted; the agreement's widest table has 20 columns, extra columns are only ignored. */
    public static final int MAX_HEADER_COLUMNS = 1_000;

    private static final char REPLACEMENT = '\uFFFD';

    private final SourceTable table;
    private final String origin;
    private final InputStream stream;
    private final PhysicalLineReader lines;
    private final ICSVParser parser = new RFC4180ParserBuilder().build();
    private final RecordScanner scanner = new RecordScanner();
    private final int maxRecordLines;
    private final int maxRecordChars;
    private final Deque<PendingLine> replay = new ArrayDeque<>();
    private final int[] columnPositions;
    private final String[] agreedNameAt;
    private final int headerWidth;
    private final List<String> ignoredColumns;
    /** Stands for a sound record that was counted but not split (handed out only by the key-filtered next). */
    private final SourceRow skipped;
    /** While {@link #next(String, Predicate)} reads: the key's field position and the filter. */
    private int keyFilter;
    private Predicate<String> keyWanted;
    private long nextLineNumber = 1;
    private long rowsRead;
    private long blankLines;

    private record PendingLine(long number, PhysicalLineReader.Line line) {
        int length() {
            return line.text().length();
        }
    }

    private CsvTableReader(SourceTable table, String origin, InputStream stream, int maxRecordLines,
                           int maxLineChars) {
        this.table = table;
        this.origin = origin;
        this.stream = stream;
        this.maxRecordLines = maxRecordLines;
        this.maxRecordChars = maxLineChars;
        this.lines = new PhysicalLineReader(new InputStreamReader(skipByteOrderMark(stream), lenientUtf8()),
                maxLineChars);
        String headerLine = readHeaderLine();
        String[] header = splitHeader(headerLine);
        this.headerWidth = header.length;
        this.columnPositions = new int[table.columns().size()];
        this.agreedNameAt = new String[header.length];
        this.ignoredColumns = mapHeader(header, headerLine);
        this.skipped = SourceRow.of(table, origin, 0, new String[columnPositions.length], "");
    }

    /** Opens {@code file}; rows name the file by its file name. */
    public static CsvTableReader open(SourceTable table, Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new BundleFormatException(file.getFileName() + ": cannot be opened (" + e.getClass().getSimpleName()
                    + ")", e);
        }
        return open(table, file.getFileName().toString(), in);
    }

    public static CsvTableReader open(SourceTable table, String origin, InputStream in) {
        return open(table, origin, in, DEFAULT_MAX_RECORD_LINES, DEFAULT_MAX_LINE_CHARS);
    }

    /** For tests of the recovery limits. */
    static CsvTableReader open(SourceTable table, String origin, InputStream in, int maxRecordLines,
                               int maxLineChars) {
        try {
            return new CsvTableReader(table, origin, in, maxRecordLines, maxLineChars);
        } catch (RuntimeException refused) {
            // A refused header must not leave the file open.
            try {
                in.close();
            } catch (IOException e) {
                refused.addSuppressed(e);
            }
            throw refused;
        }
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
        return advance(true);
    }

    /**
     * The next row, or {@code null} at the end of the file, split into fields only if {@code wanted} accepts the text
     * of its {@code keyColumn} (as {@link #next()} would give it: {@code null} when empty). A sound row it does not
     * accept is counted like any other and returned unsplit, as a row for which {@link #passedOver} is true; a broken
     * row is returned as {@link #next()} returns it. For a reader who needs only some rows of a big file (one wave's
     * clients), since splitting a row costs more than finding it.
     */
    public SourceRow next(String keyColumn, Predicate<String> wanted) {
        keyFilter = columnPositions[table.indexOf(keyColumn)];
        keyWanted = wanted;
        try {
            return advance(true);
        } finally {
            keyWanted = null;
        }
    }

    /** Whether {@code row} is one that {@link #next(String, Predicate)} passed over without splitting it. */
    public boolean passedOver(SourceRow row) {
        return row == skipped;
    }

    /**
     * Reads and discards {@code count} rows, to resume a restarted job where it stopped. Records are found and
     * counted exactly as {@link #next()} finds them, but not split into fields.
     */
    public void skip(long count) {
        for (long i = 0; i < count; i++) {
            if (advance(false) == null) {
                throw new BundleFormatException(origin + ": has fewer rows (" + i + ") than already processed ("
                        + count + "); the file changed since the interrupted run");
            }
        }
    }

    /**
     * Reads to the end of the file and returns how many rows {@link #next()} would have returned, broken ones
     * included, without splitting them into fields: a manifest's row count, at the cost of finding the records.
     */
    public long skipToEnd() {
        long skipped = 0;
        while (advance(false) != null) {
            skipped++;
        }
        return skipped;
    }

    private SourceRow advance(boolean split) {
        try {
            SourceRow row = readRecord(split);
            if (row != null) {
                rowsRead++;
            }
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": read failed after line " + (nextLineNumber - 1), e);
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

    /** With {@code split} false, a sound record is returned as {@link #skipped} instead of being split. */
    private SourceRow readRecord(boolean split) throws IOException {
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

        List<PendingLine> record = new ArrayList<>(1);
        record.add(first);
        scanner.start();
        scan(first);
        long chars = first.length();
        boolean overLong = first.line().overLong();
        while (scanner.endOfLine()) {
            PendingLine more = null;
            String unclosed = null;
            if (record.size() >= maxRecordLines) {
                unclosed = "is not closed within " + maxRecordLines + " lines";
            } else if (chars > maxRecordChars) {
                unclosed = "is not closed within " + maxRecordChars + " characters";
            } else {
                more = nextPhysicalLine();
                if (more == null) {
                    unclosed = "is never closed before the end of the file";
                }
            }
            if (more != null) {
                record.add(more);
                scan(more);
                chars += 1 + more.length();
                overLong |= more.line().overLong();
                if (scanner.malformed() != null) {
                    // The quote that seemed to close the field opened on the first line is followed by text:
                    // it opens a field of a later record, so the field opened on the first line was never closed.
                    unclosed = "is never properly closed (line " + more.number() + " has text after the quote"
                            + " that would close it)";
                }
            }
            if (unclosed != null) {
                return unterminated(first, record, unclosed);
            }
        }
        overLong |= chars > maxRecordChars;
        String text = joined(record);
        if (scanner.malformed() != null) {
            RecordScanner.Malformed at = scanner.malformed();
            return SourceRow.broken(table, origin, first.number(), text, new RowDefect(FormatRule.CSV_MALFORMED_QUOTE,
                    agreedName(at.field()), "field " + (at.field() + 1) + ": " + at.problem()));
        }
        if (overLong) {
            return SourceRow.broken(table, origin, first.number(), text, new RowDefect(FormatRule.TOO_LONG, null,
                    "the record is longer than " + maxRecordChars + " characters"));
        }
        if (scanner.fields() != headerWidth) {
            return SourceRow.broken(table, origin, first.number(), text, new RowDefect(FormatRule.CSV_FIELD_COUNT, null,
                    "expected " + headerWidth + " fields as in the header, found " + scanner.fields()));
        }
        if (!split || keyWanted != null && refusedByKey(text)) {
            return skipped;
        }
        return toRow(first.number(), text);
    }

    /**
     * Whether the key filter refuses a sound record, judged from the key field's text where it can be read without
     * splitting: no quote before the field ends (a quoted field earlier on may hold commas) and no undecodable byte
     * anywhere (that record is broken and must come back as such). Otherwise the record is split and handed out.
     */
    private boolean refusedByKey(String text) {
        if (text.indexOf(REPLACEMENT) >= 0) {
            return false;
        }
        int start = 0;
        for (int field = 0; field < keyFilter; field++) {
            start = text.indexOf(',', start) + 1;
        }
        int end = text.indexOf(',', start);
        if (end < 0) {
            end = text.length();
        }
        int quote = text.indexOf('"');
        if (quote >= 0 && quote < end) {
            return false;
        }
        return !keyWanted.test(start == end ? null : text.substring(start, end));
    }

    private void scan(PendingLine line) {
        scanner.scan(line.line().text());
        scanner.scanCutQuotes(line.line().cutQuotes());
    }

    /** Gives up on the first line only; the lines after it are read again as records of their own. */
    private SourceRow unterminated(PendingLine first, List<PendingLine> record, String unclosed) {
        for (int i = record.size() - 1; i >= 1; i--) {
            replay.addFirst(record.get(i));
        }
        return SourceRow.broken(table, origin, first.number(), first.line().text(), new RowDefect(
                FormatRule.CSV_UNTERMINATED_QUOTE, null, "a quoted field opened on this line " + unclosed));
    }

    private static String joined(List<PendingLine> record) {
        if (record.size() == 1) {
            return record.get(0).line().text();
        }
        StringBuilder text = new StringBuilder();
        for (PendingLine line : record) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.line().text());
        }
        return text.toString();
    }

    private SourceRow toRow(long line, String text) throws IOException {
        String[] fields = parser.parseLine(text);
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

    /** The agreed column at a field position, or {@code null} for an ignored column or a field beyond the header. */
    private String agreedName(int field) {
        return field < agreedNameAt.length ? agreedNameAt[field] : null;
    }

    private PendingLine nextPhysicalLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pollFirst();
        }
        PhysicalLineReader.Line line = lines.next();
        return line == null ? null : new PendingLine(nextLineNumber++, line);
    }

    private String readHeaderLine() {
        PendingLine header;
        try {
            header = nextPhysicalLine();
        } catch (IOException e) {
            throw new BundleFormatException(origin + ": line 1: cannot be read (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (header == null || header.line().text().isBlank()) {
            throw new BundleFormatException(origin + ": is empty; expected a header row with "
                    + table.columns().size() + " columns");
        }
        if (header.line().overLong()) {
            throw new BundleFormatException(origin + ": line 1: the header is longer than " + maxRecordChars
                    + " characters" + HeaderHint.of(header.line().text()));
        }
        return header.line().text();
    }

    private String[] splitHeader(String text) {
        scanner.start();
        scanner.scan(text);
        boolean open = scanner.endOfLine();
        if (scanner.malformed() != null || open) {
            String problem = open ? "a quoted column name is not closed on the header line"
                    : "field " + (scanner.malformed().field() + 1) + ": " + scanner.malformed().problem();
            throw new BundleFormatException(origin + ": line 1: the header is not well-formed CSV (" + problem + ")"
                    + HeaderHint.orMissingHeader(text));
        }
        if (scanner.fields() > MAX_HEADER_COLUMNS) {
            throw new BundleFormatException(origin + ": line 1: the header has " + scanner.fields()
                    + " columns; a file of the agreement has at most " + MAX_HEADER_COLUMNS);
        }
        try {
            return parser.parseLine(text);
        } catch (IOException e) {
            throw new BundleFormatException(origin + ": line 1: the header cannot be parsed as CSV", e);
        }
    }

    private List<String> mapHeader(String[] header, String headerLine) {
        Map<String, Integer> positions = new HashMap<>();
        Set<String> known = new LinkedHashSet<>();
        table.columns().forEach(c -> known.add(c.name()));
        Set<String> duplicatedAgreed = new LinkedHashSet<>();
        List<String> repeatedUnknown = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            Integer earlier = positions.putIfAbsent(header[i], i);
            if (earlier != null) {
                // An unknown name is not echoed: when the header row is missing it is a person's data.
                if (known.contains(header[i])) {
                    duplicatedAgreed.add(header[i]);
                } else {
                    repeatedUnknown.add("fields " + (earlier + 1) + " and " + (i + 1));
                }
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
                agreedNameAt[position] = name;
            }
        }
        List<String> problems = new ArrayList<>();
        String hint = HeaderHint.of(headerLine);
        if (missing.size() == columnPositions.length) {
            problems.add("none of the " + columnPositions.length + " agreed " + table.tableName()
                    + " column names is in the header");
            hint = HeaderHint.orMissingHeader(headerLine);
        } else {
            if (!duplicatedAgreed.isEmpty()) {
                problems.add("duplicated header column(s) " + String.join(", ", duplicatedAgreed));
            }
            if (!repeatedUnknown.isEmpty()) {
                problems.add("an unknown column name is repeated (" + String.join("; ", repeatedUnknown) + ")");
            }
            if (!missing.isEmpty()) {
                problems.add("header lacks column(s) " + String.join(", ", missing));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleFormatException(origin + ": line 1: " + String.join("; ", problems) + hint
                    + " (expected the " + table.tableName() + " columns of the interface agreement, comma separated)");
        }
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

    private static CharsetDecoder lenientUtf8() {
        // Malformed bytes become U+FFFD so that the row, not the file, is quarantined with its line.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private InputStream skipByteOrderMark(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(3);
            byte[] head = buffered.readNBytes(3);
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                    || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
                throw new BundleFormatException(origin + ": line 1: the file starts with a UTF-16 byte-order mark;"
                        + " the agreement requires UTF-8");
            }
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
            return buffered;
        } catch (IOException e) {
            throw new BundleFormatException(origin + ": line 1: cannot be read (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }
}
