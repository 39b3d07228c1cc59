package org.carebridge.reconciliation.signoff;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team's dispositions: a copy of the pack's {@code exceptions.csv} with the {@code disposition},
 * {@code disposition_reason} and {@code dispositioned_by} columns filled in. Only {@code exception_id} and the
 * disposition columns are read, by header name, so a spreadsheet may reorder columns or rows, quote everything,
 * add a byte-order mark or CRLF line ends. A disposition is accepted when it reads {@value #ACCEPTED} (any case)
 * and has a reason. The sheet is read in one pass keeping one bit per exception.
 */
public final class DispositionSheet {

    public static final String ACCEPTED = "ACCEPTED";

    private static final Pattern EXCEPTION_ID = Pattern.compile("'?([a-z0-9][a-z0-9-]{0,79})/([1-9][0-9]{0,8})");

    private final Map<String, CheckDispositions> byCheck;
    private final List<String> problems;

    private DispositionSheet(Map<String, CheckDispositions> byCheck, List<String> problems) {
        this.byCheck = byCheck;
        this.problems = problems;
    }

    /** No dispositions at all: a pack can then be signed off only if every check passed. */
    public static DispositionSheet none() {
        return new DispositionSheet(new TreeMap<>(), List.of());
    }

    public static DispositionSheet read(Path csv) {
        Map<String, CheckDispositions> byCheck = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        String name = csv.getFileName().toString();
        try (Reader in = withoutByteOrderMark(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
             CSVReader reader = new CSVReaderBuilder(in)
                     .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = reader.readNext();
            if (header == null) {
                throw new IllegalArgumentException(name + ": is empty; expected the exceptions.csv header");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].trim(), i);
            }
            int id = column(columns, "exception_id", name);
            int disposition = column(columns, "disposition", name);
            int reason = column(columns, "disposition_reason", name);
            String[] row;
            while ((row = reader.readNext()) != null) {
                long line = reader.getLinesRead();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                Matcher m = EXCEPTION_ID.matcher(field(row, id));
                if (!m.matches()) {
                    if (problems.size() < CheckDispositions.EXAMPLES) {
                        problems.add(name + ": line " + line + ": exception_id is not of the form CHECK-ID/N");
                    }
                    continue;
                }
                boolean accepted = field(row, disposition).trim().toUpperCase(Locale.ROOT).equals(ACCEPTED);
                boolean hasReason = !field(row, reason).isBlank();
                byCheck.computeIfAbsent(m.group(1), k -> new CheckDispositions())
                        .record(Long.parseLong(m.group(2)), accepted, hasReason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException(name + ": cannot be read as CSV at line " + e.getLineNumber(), e);
        }
        return new DispositionSheet(byCheck, List.copyOf(problems));
    }

    Optional<CheckDispositions> forCheck(String checkId) {
        return Optional.ofNullable(byCheck.get(checkId));
    }

    Iterable<String> checkIds() {
        return byCheck.keySet();
    }

    /** Rows that could not be matched to an exception, by line (at most a few). */
    List<String> problems() {
        return problems;
    }

    /** Spreadsheets saving "CSV UTF-8" put a byte-order mark before the header, which must not join its first name. */
    private static Reader withoutByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static int column(Map<String, Integer> columns, String column, String file) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException(file + ": line 1: header lacks the column " + column);
        }
        return index;
    }

    private static String field(String[] row, int index) {
        return index < row.length && row[index] != null ? row[index] : "";
    }
}
