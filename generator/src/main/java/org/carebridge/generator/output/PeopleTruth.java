package org.carebridge.generator.output;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableWriter;

/**
 * The identity answer key, {@code truth/people.csv}: one row per person-level source record (council
 * CLIENTS rows and Oxleas MHS001MPI rows) naming the human it describes and the record's role.
 */
public final class PeopleTruth implements Closeable {

    /** What a person-level record is to its human. */
    public enum Role {
        /** The record a system uses for the person (the surviving council record; every Oxleas record). */
        PRIMARY,
        /** An unmarked second council record for the same person. */
        DUPLICATE,
        /** A council record with RECORD_STATUS=M, merged into the primary. */
        MERGED,
        /** A council record with RECORD_STATUS=D, created in error. */
        DELETED
    }

    static final List<String> HEADER = List.of("person_id", "source_system", "source_table", "source_key",
            "record_role");

    private final CsvTableWriter out;

    public PeopleTruth(Path file) {
        this.out = CsvTableWriter.create(file, HEADER);
    }

    public void record(String personId, SourceTable table, String sourceKey, Role role) {
        out.write(personId, table.system().name(), table.tableName(), sourceKey, role.name());
    }

    @Override
    public void close() {
        out.close();
    }
}
