package org.carebridge.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows arrive exactly as given, through COPY on a real PostgreSQL and through a JDBC batch on H2. */
class BulkInserterTest {

    private static final List<String> COLUMNS = List.of("id", "label", "amount", "due_on", "seen_at", "flag");
    private static final int[] TYPES = {Types.BIGINT, Types.VARCHAR, Types.DECIMAL, Types.DATE, Types.TIMESTAMP,
            Types.BOOLEAN};

    static Stream<DataSource> databases() {
        return Stream.of(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/carebridge_test", "postgres", ""),
                new DriverManagerDataSource("jdbc:h2:mem:bulk;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static JdbcTemplate freshTable(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP TABLE IF EXISTS bulk_insert_test");
        jdbc.execute("CREATE TABLE bulk_insert_test (id BIGINT PRIMARY KEY, label VARCHAR(200), amount DECIMAL(14,2),"
                + " due_on DATE, seen_at TIMESTAMP, flag BOOLEAN)");
        return jdbc;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void textWithQuotesCommasAndLineBreaksArrivesVerbatim_andEmptyTextStaysDistinctFromNull(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        List<Object[]> rows = List.of(
                new Object[]{1L, "O'Brien, \"Pat\"\nsecond line; DROP TABLE x; --", new BigDecimal("12.50"),
                        LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 3, 1, 9, 30, 15), true},
                new Object[]{2L, "", BigDecimal.ZERO, null, null, false},
                new Object[]{3L, null, null, null, null, null});

        new BulkInserter(jdbc).insert("bulk_insert_test", COLUMNS, TYPES, rows);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT * FROM bulk_insert_test ORDER BY id");
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0).get("label")).isEqualTo("O'Brien, \"Pat\"\nsecond line; DROP TABLE x; --");
        assertThat((BigDecimal) stored.get(0).get("amount")).isEqualByComparingTo("12.50");
        assertThat(stored.get(0).get("due_on").toString()).isEqualTo("2024-02-29");
        assertThat(stored.get(0).get("seen_at").toString()).startsWith("2024-03-01 09:30:15");
        assertThat(stored.get(0).get("flag")).isEqualTo(true);
        assertThat(stored.get(1).get("label")).isEqualTo("");
        assertThat(stored.get(1).get("flag")).isEqualTo(false);
        assertThat(stored.get(2)).containsEntry("label", null).containsEntry("amount", null).containsEntry("flag", null);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tabsReturnsAndBackslashesArriveVerbatimAtEitherEndAndSideBySide(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        List<String> labels = List.of("\\starts", "ends\t", "\r\n\t\\", "a\\\\b\tc\rd", "Zoë\tŁódź\\", "plain");
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Object[]{(long) i, labels.get(i), null, null, null, null});
        }

        new BulkInserter(jdbc).insert("bulk_insert_test", COLUMNS, TYPES, rows);

        assertThat(jdbc.queryForList("SELECT label FROM bulk_insert_test ORDER BY id", String.class))
                .containsExactlyElementsOf(labels);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLineHoldingOnlyTheEndOfDataMarkerInsideAValueDoesNotEndTheCopy(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        List<Object[]> rows = List.of(new Object[]{1L, "first line\n\\.\nthird line", null, null, null, null},
                new Object[]{2L, "\\.", null, null, null, null},
                new Object[]{3L, "after", null, null, null, null});

        new BulkInserter(jdbc).insert("bulk_insert_test", COLUMNS, TYPES, rows);

        assertThat(jdbc.queryForList("SELECT label FROM bulk_insert_test ORDER BY id", String.class))
                .containsExactly("first line\n\\.\nthird line", "\\.", "after");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thousandsOfRowsArriveInOneCall(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 5_000; id++) {
            rows.add(new Object[]{id, "row " + id, BigDecimal.valueOf(id, 2), null, null, id % 2 == 0});
        }

        new BulkInserter(jdbc).insert("bulk_insert_test", COLUMNS, TYPES, rows);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_insert_test", Long.class)).isEqualTo(5_000L);
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM bulk_insert_test", BigDecimal.class))
                .isEqualByComparingTo("125025.00");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRowBreakingAConstraintRollsBackWithTheCallersTransaction_withoutEchoingTheRowsContent(DataSource dataSource) {
        JdbcTemplate jdbc = freshTable(dataSource);
        List<Object[]> rows = List.<Object[]>of(new Object[]{7L, "Jane Example", null, null, null, null},
                new Object[]{7L, "Jane Example", null, null, null, null});
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                new BulkInserter(jdbc).insert("bulk_insert_test", COLUMNS, TYPES, rows)))
                .satisfies(e -> {
                    if (DatabaseProduct.of(dataSource).isPostgres()) {
                        assertThat(e).hasMessageContaining("bulk_insert_test").hasMessageNotContaining("Jane");
                    }
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_insert_test", Long.class)).isZero();
    }
}
