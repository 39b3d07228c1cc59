package org.carebridge.merged;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The merge writer on PostgreSQL, where a chunk of new keys goes straight in with COPY and a chunk touching an existing
 * key falls back to MERGE: the outcome must be MERGE's either way, inside the caller's transaction.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.staging.chunk-size=50"})
class MergeWriterOnPostgresTest {

    private static final String SCHEMA = "merge_writer_test";

    @Autowired
    MergedModelSchema schemas;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private MergeWriter writer;

    @BeforeEach
    void anEmptyModel() {
        schemas.ensure(SCHEMA);
        for (MergedTable table : MergedTable.values()) {
            jdbc.update("DELETE FROM " + SCHEMA + "." + table.tableName());
        }
        writer = new MergeWriter(jdbc);
    }

    @Test
    void everyTablesKeyIsItsPrimaryKey_soThatAnExistingKeyRefusesADirectCopy() {
        for (MergedTable table : MergedTable.values()) {
            List<String> primaryKey = jdbc.queryForList("SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                    + " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indisprimary"
                    + " AND i.indrelid = CAST(? AS regclass)", String.class, SCHEMA + "." + table.tableName());

            assertThat(primaryKey).as(table.tableName()).containsExactlyInAnyOrderElementsOf(table.key());
        }
    }

    @Test
    void everyTablesColumnsAreThoseTheCodeWrites() {
        for (MergedTable table : MergedTable.values()) {
            List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = ? AND table_name = ?", String.class, SCHEMA, table.tableName());

            assertThat(columns).as(table.tableName()).containsExactlyInAnyOrderElementsOf(table.columnNames());
        }
    }

    @Test
    void givenNewKeys_whenWritten_thenEveryRowIsInserted() {
        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "h1"), note("N2", "W2-ADULTS", "h2")));

        assertThat(notes()).containsExactlyInAnyOrderEntriesOf(Map.of("N1", "W2-ADULTS/h1", "N2", "W2-ADULTS/h2"));
    }

    @Test
    void givenAKeyTwiceInOneChunk_whenWritten_thenItsLastRowIsKept() {
        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "h1"), note("N2", "W2-ADULTS", "h2"),
                note("N1", "W2-ADULTS", "h3")));

        assertThat(notes()).containsExactlyInAnyOrderEntriesOf(Map.of("N1", "W2-ADULTS/h3", "N2", "W2-ADULTS/h2"));
    }

    @Test
    void givenAKeyAnotherWaveOwns_whenAChunkWithItIsWritten_thenItsNewRowsGoIn_andTheOtherWavesRowIsUntouched() {
        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W1-LD", "h1")));

        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "other"), note("N2", "W2-ADULTS", "h2")));

        assertThat(notes()).containsExactlyInAnyOrderEntriesOf(Map.of("N1", "W1-LD/h1", "N2", "W2-ADULTS/h2"));
    }

    @Test
    void givenAChangedRowOfTheSameWave_whenWrittenAgain_thenItIsUpdated_andAnUnchangedOneStays() {
        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "h1"), note("N2", "W2-ADULTS", "h2")));

        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "h1"), note("N2", "W2-ADULTS", "changed")));

        assertThat(notes()).containsExactlyInAnyOrderEntriesOf(Map.of("N1", "W2-ADULTS/h1", "N2", "W2-ADULTS/changed"));
    }

    @Test
    void givenOneTransaction_whenARefusedCopyFallsBackToMerge_thenTheTransactionsEarlierWritesAreKept() {
        writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "h1")));

        transactions.executeWithoutResult(status -> {
            writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N3", "W2-ADULTS", "h3"))); // straight in
            writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N1", "W2-ADULTS", "new"), note("N4", "W2-ADULTS", "h4")));
        });

        assertThat(notes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("N1", "W2-ADULTS/new", "N3", "W2-ADULTS/h3", "N4", "W2-ADULTS/h4"));
    }

    @Test
    void givenOneTransactionThatFailsLater_thenItsDirectlyCopiedRowsRollBackWithIt() {
        try {
            transactions.executeWithoutResult(status -> {
                writer.write(SCHEMA, MergedTable.CASE_NOTE, chunk(note("N5", "W2-ADULTS", "h5")));
                throw new IllegalStateException("the chunk fails after its case notes");
            });
        } catch (IllegalStateException expected) {
            // the chunk's transaction rolled back
        }

        assertThat(notes()).isEmpty();
    }

    private static List<Object[]> chunk(Object[]... rows) {
        return new java.util.ArrayList<>(java.util.Arrays.asList(rows));
    }

    private static Object[] note(String id, String wave, String hash) {
        return new Object[]{id, "BC00000001", "W1", "LW1", LocalDateTime.of(2025, 3, 30, 1, 30), "VISIT", "seen at home",
                wave, hash};
    }

    private Map<String, String> notes() {
        Map<String, String> notes = new java.util.HashMap<>();
        jdbc.query("SELECT note_id, wave_code, row_hash FROM " + SCHEMA + ".case_note", rs -> {
            notes.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3));
        });
        return notes;
    }
}
