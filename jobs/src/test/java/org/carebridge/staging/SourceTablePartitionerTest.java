package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.carebridge.batch.LargestFirstPartitionHandler;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Staging's partitions: one per table, each stating its file's size so that the biggest are staged first. */
class SourceTablePartitionerTest {

    @TempDir
    Path council;

    @Test
    void eachTablesPartitionStatesItsFilesSize_andATableReadOverJdbcStatesNone() throws IOException {
        Files.writeString(council.resolve(SourceTable.COUNCIL_CASE_NOTES.fileName()), "x".repeat(5_000));
        Files.writeString(council.resolve(SourceTable.COUNCIL_CLIENTS.fileName()), "x".repeat(300));
        StagingRequest fromFiles = new StagingRequest(council, false, null, null);

        Map<String, ExecutionContext> partitions =
                new SourceTablePartitioner(fromFiles.tables(), fromFiles::sizeHint).partition(2);

        assertThat(partitions.get("COUNCIL_CASE_NOTES").getLong(LargestFirstPartitionHandler.SIZE_HINT)).isEqualTo(5_000);
        assertThat(partitions.get("COUNCIL_CLIENTS").getLong(LargestFirstPartitionHandler.SIZE_HINT)).isEqualTo(300);
        assertThat(partitions.get("COUNCIL_EVENTS").getLong(LargestFirstPartitionHandler.SIZE_HINT))
                .as("a file that is not there").isZero();
        assertThat(new StagingRequest(null, true, null, null).sizeHint(SourceTable.COUNCIL_CASE_NOTES)).isZero();
    }
}
