package org.carebridge.mappings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * All mapping tables of {@code mappings/tables/}, loaded and checked together. Its version is a content hash,
 * recorded with every run's results so that governance can tell which translations a run used.
 */
public final class MappingSet {

    private final Map<MappingTableSpec, MappingTable> tables;
    private final String version;

    private MappingSet(Map<MappingTableSpec, MappingTable> tables, String version) {
        this.tables = tables;
        this.version = version;
    }

    /** Loads every table the migration needs from {@code dir}; a missing or faulty table fails with file and line. */
    public static MappingSet load(Path dir, CodeLists codeLists) {
        Map<MappingTableSpec, MappingTable> tables = new EnumMap<>(MappingTableSpec.class);
        MessageDigest sha = sha256();
        for (MappingTableSpec spec : MappingTableSpec.values()) {
            Path file = dir.resolve(spec.fileName());
            tables.put(spec, MappingTable.load(spec, file, codeLists.get(spec.codeList())));
            sha.update(spec.fileName().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try {
                sha.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sha.update((byte) 0);
        }
        return new MappingSet(tables, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    /** The content hash of every table (16 hex digits of SHA-256), e.g. {@code 3f2a9c0d17b4e5a8}. */
    public String version() {
        return version;
    }

    public MappingTable table(MappingTableSpec spec) {
        return tables.get(spec);
    }

    public MappingOutcome map(MappingTableSpec spec, String raw) {
        return tables.get(spec).lookup(raw);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
