package org.carebridge.legacy.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * Refuses a bundle that is not a folder, lacks a file of the agreement, or has a file that leads out of
     * the folder (a symbolic link to a file elsewhere), naming each one.
     */
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
        List<String> outside = filesLeadingOutside();
        if (!outside.isEmpty()) {
            throw new BundleFormatException(system.name().toLowerCase() + " bundle " + dir + ": "
                    + String.join(", ", outside) + " lead(s) outside the bundle folder (a symbolic link); a bundle"
                    + " must hold its files itself");
        }
        return this;
    }

    /**
     * The bundle's files of the agreement that are symbolic links to somewhere outside the folder. A sender
     * controls what is in the folder; reading through such a link would read a file of this machine instead.
     */
    public List<String> filesLeadingOutside() {
        List<String> outside = new ArrayList<>();
        try {
            Path home = dir.toRealPath();
            for (SourceTable table : tables()) {
                Path file = dir.resolve(table.fileName());
                if (Files.exists(file) && !file.toRealPath().startsWith(home)) {
                    outside.add(table.fileName());
                }
            }
        } catch (IOException e) {
            throw new BundleFormatException(system.name().toLowerCase() + " bundle " + dir + ": cannot be resolved ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return outside;
    }

    public CsvTableReader open(SourceTable table) {
        return CsvTableReader.open(table, file(table));
    }
}
