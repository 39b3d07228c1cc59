package org.carebridge.staging;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.database.BulkInserter;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.quality.Finding;
import org.carebridge.quality.Severity;
import org.carebridge.quality.ValidatedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of outcomes for one source table: staged rows to the table's staging table, rejected
 * rows to the quarantine, every finding to {@code dq_finding} (with COPY on PostgreSQL). It first deletes whatever an
 * interrupted run may already have written for the chunk's row numbers, so writing a chunk twice leaves it once.
 */
class StagingWriter implements ItemWriter<StagingOutcome> {

    private static final List<String> QUARANTINE_COLUMNS = List.of("source_table", "row_no", "source_system",
            "source_origin", "source_line", "source_key", "column_name", "rule_id", "message", "defect_count",
            "raw_text");
    private static final int[] QUARANTINE_TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR};
    private static final List<String> FINDING_COLUMNS = List.of("source_table", "row_no", "seq", "source_system",
            "source_key", "source_line", "column_name", "rule_id", "severity", "message");
    private static final int[] FINDING_TYPES = {Types.VARCHAR, Types.BIGINT, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final int MESSAGE_WIDTH = 500;
    private static final int KEY_WIDTH = 120;

    private final SourceTable table;
    private final JdbcTemplate jdbc;
    private final BulkInserter inserter;
    private final List<String> stagedColumns;
    private final int[] stagedTypes;

    StagingWriter(SourceTable table, JdbcTemplate jdbc) {
        this.table = table;
        this.jdbc = jdbc;
        this.inserter = new BulkInserter(jdbc);
        List<String> columns = new ArrayList<>(List.of("row_no", "source_origin", "source_line", "source_key"));
        List<Integer> types = new ArrayList<>(List.of(Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR));
        for (Column column : table.columns()) {
            columns.add(column.dbName());
            types.add(sqlType(column));
        }
        this.stagedColumns = List.copyOf(columns);
        this.stagedTypes = types.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void write(Chunk<? extends StagingOutcome> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        List<Object[]> staged = new ArrayList<>(chunk.size());
        List<Object[]> quarantined = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        for (StagingOutcome outcome : chunk) {
            first = Math.min(first, outcome.rowNo());
            last = Math.max(last, outcome.rowNo());
            ValidatedRow validated = outcome.validated();
            String key = truncate(validated.row().sourceKey(), KEY_WIDTH);
            SourceRow source = validated.row().source();
            if (outcome.quarantined()) {
                quarantined.add(quarantineRow(outcome.rowNo(), key, validated));
            } else {
                staged.add(stagedRow(outcome.rowNo(), key, validated.row()));
            }
            int seq = 0;
            for (Finding finding : validated.findings()) {
                findings.add(new Object[]{table.name(), outcome.rowNo(), ++seq, table.system().name(), key,
                        lineOf(source), finding.column(), finding.ruleId(), finding.severity().name(),
                        truncate(finding.message(), MESSAGE_WIDTH)});
            }
        }
        jdbc.update("DELETE FROM " + table.stagingTable() + " WHERE row_no BETWEEN ? AND ?", first, last);
        jdbc.update("DELETE FROM stg_quarantine WHERE source_table = ? AND row_no BETWEEN ? AND ?", table.name(),
                first, last);
        jdbc.update("DELETE FROM dq_finding WHERE source_table = ? AND row_no BETWEEN ? AND ?", table.name(),
                first, last);
        inserter.insert(table.stagingTable(), stagedColumns, stagedTypes, staged);
        inserter.insert("stg_quarantine", QUARANTINE_COLUMNS, QUARANTINE_TYPES, quarantined);
        inserter.insert("dq_finding", FINDING_COLUMNS, FINDING_TYPES, findings);
    }

    private Object[] stagedRow(long rowNo, String key, ParsedRow row) {
        Object[] args = new Object[4 + table.columns().size()];
        args[0] = rowNo;
        args[1] = row.source().origin();
        args[2] = lineOf(row.source());
        args[3] = key;
        System.arraycopy(row.values(), 0, args, 4, row.values().length);
        return args;
    }

    private Object[] quarantineRow(long rowNo, String key, ValidatedRow validated) {
        SourceRow source = validated.row().source();
        Finding reason = validated.rejection();
        long rejections = validated.findings().stream()
                .filter(f -> f.severity() == Severity.REJECT).count();
        String knownKey = key == null || key.replace("|", "").isEmpty() ? null : key;
        return new Object[]{table.name(), rowNo, table.system().name(), source.origin(), lineOf(source), knownKey,
                reason.column(), reason.ruleId(), truncate(reason.message(), MESSAGE_WIDTH), (int) rejections,
                source.rawText()};
    }

    private static Long lineOf(SourceRow source) {
        return source.line() > 0 ? source.line() : null;
    }

    private static String truncate(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static int sqlType(Column column) {
        return switch (column.type()) {
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case TEXT, LONG_TEXT -> Types.VARCHAR;
        };
    }
}
