package org.carebridge.staging;

import java.util.List;
import org.carebridge.legacy.SourceReference;
import org.carebridge.legacy.SourceTable;
import org.carebridge.quality.QualityRule;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules that need a whole table, run in SQL once every table is staged:
 * <ul>
 * <li>{@code DUPLICATE_KEY} (REJECT): a row whose primary key an earlier row of the same file already has is
 * moved from staging to the quarantine; the ledger still balances, as the row is counted once.</li>
 * <li>{@code ORPHAN_ROW} (WARN): a row naming a parent that was not staged is flagged (it will not be loaded).</li>
 * </ul>
 * One transaction: an interrupted step leaves nothing half-moved and simply runs again.
 */
class SetBasedRules implements Tasklet {

    private static final int DUPLICATE_SEQ = 900;
    private static final int ORPHAN_SEQ = 901;

    private final JdbcTemplate jdbc;

    SetBasedRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<SourceTable> tables = StagingRequest.from(chunkContext.getStepContext().getStepExecution()
                .getJobParameters()).tables();
        for (SourceTable table : tables) {
            if (table.keyUnique()) {
                quarantineDuplicateKeys(table);
            }
        }
        for (SourceReference reference : SourceReference.ALL) {
            if (tables.contains(reference.child()) && tables.contains(reference.parent())) {
                flagOrphans(reference, ORPHAN_SEQ + SourceReference.ALL.indexOf(reference));
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void quarantineDuplicateKeys(SourceTable table) {
        String key = keyColumn(table);
        String staging = table.stagingTable();
        // Found once, into a scratch list the three statements join by row number.
        jdbc.update("DELETE FROM stg_duplicate WHERE source_table = ?", table.name());
        int duplicates = jdbc.update("INSERT INTO stg_duplicate (source_table, row_no) SELECT '" + table.name()
                + "', s.row_no FROM " + staging + " s WHERE EXISTS (SELECT 1 FROM " + staging + " e WHERE e." + key
                + " = s." + key + " AND e.row_no < s.row_no)");
        if (duplicates == 0) {
            return;
        }
        String later = " FROM " + staging + " s JOIN stg_duplicate d ON d.row_no = s.row_no AND d.source_table = '"
                + table.name() + "'";
        jdbc.update("INSERT INTO stg_quarantine (source_table, row_no, source_system, source_origin, source_line,"
                + " source_key, column_name, rule_id, message, defect_count, raw_text) SELECT '" + table.name()
                + "', s.row_no, '" + table.system().name() + "', s.source_origin, s.source_line, s.source_key, '"
                + table.keyColumns().get(0) + "', '" + QualityRule.DUPLICATE_KEY.id()
                + "', 'the same key as an earlier row of the file, which was staged', 1, NULL" + later);
        jdbc.update("INSERT INTO dq_finding (source_table, row_no, seq, source_system, source_key, source_line,"
                + " column_name, rule_id, severity, message) SELECT '" + table.name() + "', s.row_no, "
                + DUPLICATE_SEQ + ", '" + table.system().name() + "', s.source_key, s.source_line, '"
                + table.keyColumns().get(0) + "', '" + QualityRule.DUPLICATE_KEY.id() + "', '"
                + QualityRule.DUPLICATE_KEY.severity() + "', 'the same key as an earlier row of the file'" + later);
        jdbc.update("DELETE FROM " + staging + " WHERE row_no IN (SELECT row_no FROM stg_duplicate WHERE source_table = ?)",
                table.name());
        jdbc.update("DELETE FROM stg_duplicate WHERE source_table = ?", table.name());
    }

    private void flagOrphans(SourceReference reference, int seq) {
        SourceTable child = reference.child();
        SourceTable parent = reference.parent();
        String column = child.column(reference.column()).dbName();
        String parentColumn = parent.column(reference.parentColumn()).dbName();
        jdbc.update("INSERT INTO dq_finding (source_table, row_no, seq, source_system, source_key, source_line,"
                + " column_name, rule_id, severity, message) SELECT '" + child.name() + "', c.row_no, " + seq + ", '"
                + child.system().name() + "', c.source_key, c.source_line, '" + reference.column() + "', '"
                + QualityRule.ORPHAN_ROW.id() + "', '" + QualityRule.ORPHAN_ROW.severity() + "', 'no staged "
                + parent.tableName() + " row has this " + reference.parentColumn() + "' FROM " + child.stagingTable()
                + " c WHERE c." + column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + parent.stagingTable()
                + " p WHERE p." + parentColumn + " = c." + column + ")");
    }

    private static String keyColumn(SourceTable table) {
        return table.keyColumns().size() == 1 ? table.column(table.keyColumns().get(0)).dbName() : "source_key";
    }
}
