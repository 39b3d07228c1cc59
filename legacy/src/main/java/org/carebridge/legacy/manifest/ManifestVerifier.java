package org.carebridge.legacy.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.legacy.csv.CsvTableReader;

/**
 * Checks an Oxleas bundle against its manifest before anything is staged: every agreed file is
 * listed and present inside the bundle folder, and each file's row count and SHA-256 are what the manifest
 * says. Rows are counted as CSV records (a note with line breaks is one row), exactly as staging will read them.
 */
public final class ManifestVerifier {

    /** The outcome: the manifest as read and every discrepancy found (empty when the bundle verifies). */
    public record Result(Manifest manifest, List<String> discrepancies) {
        public boolean verified() {
            return discrepancies.isEmpty();
        }

        /** Throws a {@link BundleFormatException} naming every discrepancy unless the bundle verified. */
        public Manifest orThrow() {
            if (!verified()) {
                throw new BundleFormatException("Oxleas bundle refused, nothing staged: "
                        + String.join("; ", discrepancies));
            }
            return manifest;
        }
    }

    /** What a data file actually holds. */
    public record FileFacts(long rowCount, String sha256) {
    }

    public Result verify(Path bundleDir) {
        Manifest manifest = Manifest.read(bundleDir);
        List<String> discrepancies = new ArrayList<>();
        List<String> outside = new CsvBundle(SourceSystem.OXLEAS, bundleDir).filesLeadingOutside();
        for (SourceTable table : SourceTable.of(SourceSystem.OXLEAS)) {
            String name = table.fileName();
            ManifestEntry stated = manifest.entry(name);
            Path file = bundleDir.resolve(name);
            if (stated == null) {
                discrepancies.add(name + ": not listed in " + Manifest.FILE_NAME);
                continue;
            }
            if (!Files.isRegularFile(file)) {
                discrepancies.add(name + ": listed in " + Manifest.FILE_NAME + " but missing from the bundle");
                continue;
            }
            if (outside.contains(name)) {
                discrepancies.add(name + ": a symbolic link leading outside the bundle folder; not read");
                continue;
            }
            FileFacts actual;
            try {
                actual = facts(table, file);
            } catch (BundleFormatException unreadable) {
                discrepancies.add(unreadable.getMessage());
                continue;
            }
            if (actual.rowCount() != stated.rowCount()) {
                discrepancies.add(name + ": manifest says " + stated.rowCount() + " rows, the file holds "
                        + actual.rowCount());
            }
            if (!actual.sha256().equals(stated.sha256())) {
                discrepancies.add(name + ": SHA-256 differs from the manifest (manifest " + abbreviate(stated.sha256())
                        + ", file " + abbreviate(actual.sha256()) + ")");
            }
        }
        manifest.entries().stream().collect(Collectors.groupingBy(ManifestEntry::sha256, TreeMap::new,
                        Collectors.mapping(ManifestEntry::fileName, Collectors.toList())))
                .values().stream().filter(names -> names.size() > 1)
                .forEach(names -> discrepancies.add(String.join(", ", names) + ": " + Manifest.FILE_NAME
                        + " gives these files one SHA-256, which files of different tables cannot share"));
        for (String listed : manifest.fileNames()) {
            if (SourceTable.byName(SourceSystem.OXLEAS, listed.replaceFirst("\\.csv$", "")).isEmpty()
                    || !listed.endsWith(".csv")) {
                discrepancies.add(listed + ": listed in " + Manifest.FILE_NAME + " but not a file of the agreement");
            }
        }
        return new Result(manifest, List.copyOf(discrepancies));
    }

    /** Counts the CSV records of {@code file} (header excluded) and hashes its bytes, in one pass. */
    public static FileFacts facts(SourceTable table, Path file) {
        MessageDigest sha = sha256();
        try (InputStream raw = Files.newInputStream(file);
             CsvTableReader reader = CsvTableReader.open(table, file.getFileName().toString(),
                     new DigestInputStream(raw, sha))) {
            return new FileFacts(reader.skipToEnd(), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": cannot be read", e);
        }
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": cannot be read", e);
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
