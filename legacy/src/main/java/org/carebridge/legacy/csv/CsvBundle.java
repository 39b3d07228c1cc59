package org.carebridge.legacy.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;

/** A folder holding one source system's tables, one {@code <TABLE>.csv} per table. */
public record CsvBundle(SourceSystem system, Path dir) {

    public Path file(SourceTable table) {
        if (table.system() != system) {
            throw new IllegalArgumentException(table + " is not a " + system + " table");
        }
        return dir.resolve(table.fileName());
    }

    public List<SourceTable> tables() {
        return SourceTable.of(system);
    }

    /** Refuses a bundle that is not a folder or lacks a file of the agreement, naming each one. */
    public CsvBundle requireComplete() {
        if (!Files.isDirectory(dir)) {
            throw new BundleFormatException(system.name().toLowerCase() + " bundle " + dir + ": not a folder");
        }
        List<String> missing = tables().stream().map(SourceTable::fileName)
                .filter(name -> !Files.isRegularFile(dir.resolve(name))).toList();
        if (!missing.isEmpty()) {
            throw new BundleFormatException(system.name().toLowerCase() + " bundle " + dir + ": missing "
                    + String.join(", ", missing));
        }
        return this;
    }

    public CsvTableReader open(SourceTable table) {
        return CsvTableReader.open(table, file(table));
    }
}
