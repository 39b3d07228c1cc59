package org.carebridge.mappings;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One reviewed translation table ({@code raw_value,cleaned_value,lossy,note}). Raw values match trimmed and
 * case-insensitively. Loading refuses a table that repeats a raw value or translates into a value its code
 * list does not hold, naming the file and line.
 */
public final class MappingTable {

    public static final String UNMAPPED = "UNMAPPED";
    static final List<String> HEADER = List.of("raw_value", "cleaned_value", "lossy", "note");

    private final MappingTableSpec spec;
    private final Map<String, MappingEntry> entries;

    private MappingTable(MappingTableSpec spec, Map<String, MappingEntry> entries) {
        this.spec = spec;
        this.entries = entries;
    }

    static MappingTable load(MappingTableSpec spec, Path file, CodeList targets) {
        String name = spec.fileName();
        Map<String, MappingEntry> entries = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = csv.readNext();
            if (header != null && header.length > 0) {
                header[0] = header[0].replace("\uFEFF", "");
            }
            if (header == null || !List.of(header).equals(HEADER)) {
                throw new MappingLoadException(name + ": line 1: expected the header raw_value,cleaned_value,lossy,note");
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                long line = csv.getLinesRead();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (row.length != HEADER.size()) {
                    throw new MappingLoadException(name + ": line " + line + ": expected 4 fields, found " + row.length);
                }
                MappingEntry entry = entry(name, row, line, targets);
                MappingEntry earlier = entries.putIfAbsent(key(entry.raw()), entry);
                if (earlier != null) {
                    throw new MappingLoadException(name + ": line " + line + ": raw value '" + entry.raw()
                            + "' is already mapped on line " + earlier.line());
                }
            }
        } catch (NoSuchFileException e) {
            throw new MappingLoadException(name + ": missing (" + spec.description() + ")");
        } catch (IOException | CsvException e) {
            throw new MappingLoadException(name + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
        return new MappingTable(spec, entries);
    }

    private static MappingEntry entry(String name, String[] row, long line, CodeList targets) {
        String raw = row[0].strip();
        String cleaned = row[1].strip();
        String lossy = row[2].strip().toUpperCase(Locale.ROOT);
        if (raw.isEmpty()) {
            throw new MappingLoadException(name + ": line " + line + ", column raw_value: empty");
        }
        if (!cleaned.equals(UNMAPPED) && !targets.contains(cleaned)) {
            throw new MappingLoadException(name + ": line " + line + ", column cleaned_value: '" + cleaned
                    + "' is not in the code list " + targets.name() + " (nor " + UNMAPPED + ")");
        }
        if (!(lossy.isEmpty() || lossy.equals("Y") || lossy.equals("N"))) {
            throw new MappingLoadException(name + ": line " + line + ", column lossy: expected Y, N or empty");
        }
        return new MappingEntry(raw, cleaned, lossy.equals("Y"), row[3].strip(), line);
    }

    /** How raw values are matched: trimmed, case-insensitive. */
    static String key(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    public MappingTableSpec spec() {
        return spec;
    }

    public MappingOutcome lookup(String raw) {
        if (raw == null || raw.isBlank()) {
            return new MappingOutcome(MappingOutcome.Kind.EMPTY, null);
        }
        MappingEntry entry = entries.get(key(raw));
        if (entry == null) {
            return new MappingOutcome(MappingOutcome.Kind.NOT_COVERED, null);
        }
        return new MappingOutcome(entry.unmapped() ? MappingOutcome.Kind.DECLARED_UNMAPPED : MappingOutcome.Kind.MAPPED,
                entry);
    }

    public Collection<MappingEntry> entries() {
        return entries.values();
    }
}
