package org.carebridge.legacy.manifest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvTableWriter;

/** An Oxleas bundle's {@code MANIFEST.csv}: {@code file_name,row_count,sha256}, one row per data file. */
public final class Manifest {

    public static final String FILE_NAME = "MANIFEST.csv";
    static final List<String> HEADER = List.of("file_name", "row_count", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Far more than a manifest of the agreement's ten files needs; a bigger one is not read into memory. */
    static final long MAX_BYTES = 1024 * 1024;
    /** A plain file name inside the bundle folder: no folders, no way out of the bundle. */
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

    private final Map<String, ManifestEntry> entries;

    private Manifest(Map<String, ManifestEntry> entries) {
        this.entries = entries;
    }

    public static Manifest of(Collection<ManifestEntry> entries) {
        Map<String, ManifestEntry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.fileName(), e));
        return new Manifest(byName);
    }

    /** Reads {@code dir/MANIFEST.csv}, refusing it with file and line when it is not well formed. */
    public static Manifest read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        try {
            if (!file.toRealPath().startsWith(dir.toRealPath())) {
                throw new BundleFormatException(FILE_NAME + ": a symbolic link leading outside the bundle folder;"
                        + " refused unread");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BundleFormatException(FILE_NAME + ": " + size + " bytes, more than the " + MAX_BYTES
                        + " a manifest may have; refused unread");
            }
        } catch (NoSuchFileException e) {
            throw missing();
        } catch (IOException e) {
            throw new BundleFormatException(FILE_NAME + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = csv.readNext();
            if (header != null && header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            if (header == null || !List.of(header).equals(HEADER)) {
                throw new BundleFormatException(FILE_NAME + ": line 1: expected the header file_name,row_count,sha256");
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                long line = csv.getLinesRead();
                if (row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                ManifestEntry entry = parse(row, line);
                if (entries.putIfAbsent(entry.fileName(), entry) != null) {
                    throw new BundleFormatException(FILE_NAME + ": line " + line + ": " + entry.fileName()
                            + " is listed twice");
                }
            }
        } catch (NoSuchFileException e) {
            throw missing();
        } catch (CharacterCodingException e) {
            throw new BundleFormatException(FILE_NAME + ": not valid UTF-8", e);
        } catch (IOException | CsvValidationException e) {
            throw new BundleFormatException(FILE_NAME + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
        return new Manifest(entries);
    }

    private static BundleFormatException missing() {
        return new BundleFormatException(FILE_NAME + ": missing from the Oxleas bundle; an extract without its"
                + " manifest cannot be checked and is refused");
    }

    private static ManifestEntry parse(String[] row, long line) {
        if (row.length != 3) {
            throw new BundleFormatException(FILE_NAME + ": line " + line + ": expected 3 fields, found " + row.length);
        }
        if (!PLAIN_FILE_NAME.matcher(row[0]).matches() || row[0].contains("..")) {
            throw new BundleFormatException(FILE_NAME + ": line " + line
                    + ", column file_name: not a plain file name inside the bundle");
        }
        long count;
        try {
            count = Long.parseLong(row[1].trim());
        } catch (NumberFormatException e) {
            throw new BundleFormatException(FILE_NAME + ": line " + line + ", column row_count: '"
                    + (row[1].length() > 20 ? row[1].substring(0, 20) + "…" : row[1]) + "' is not a whole number");
        }
        if (count < 0) {
            throw new BundleFormatException(FILE_NAME + ": line " + line + ", column row_count: negative count");
        }
        String hash = row[2].trim();
        if (!SHA256.matcher(hash).matches()) {
            throw new BundleFormatException(FILE_NAME + ": line " + line
                    + ", column sha256: expected 64 lower-case hex digits");
        }
        return new ManifestEntry(row[0], count, hash);
    }

    public Collection<ManifestEntry> entries() {
        return entries.values();
    }

    public ManifestEntry entry(String fileName) {
        return entries.get(fileName);
    }

    /** Writes {@code dir/MANIFEST.csv}. */
    public void write(Path dir) {
        try (CsvTableWriter out = CsvTableWriter.create(dir.resolve(FILE_NAME), HEADER)) {
            for (ManifestEntry e : entries.values()) {
                out.write(e.fileName(), Long.toString(e.rowCount()), e.sha256());
            }
        }
    }

    public List<String> fileNames() {
        return new ArrayList<>(entries.keySet());
    }
}
