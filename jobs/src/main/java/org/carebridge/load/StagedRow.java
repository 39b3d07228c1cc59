package org.carebridge.load;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.carebridge.legacy.SourceTable;

/**
 * One staged row, read by column (staging's lower-snake-case names), with its table and staging row number.
 * <p>
 * The values sit in an array beside a column → position index that every row of one query shares: a wave load reads
 * every staged row of its cohort, and a map of its own per row cost more than the transform that reads it.
 */
public final class StagedRow {

    private final SourceTable table;
    private final Map<String, Integer> positions;
    private final Object[] values;

    /**
     * @param positions each column's position in {@code values}; shared, never changed
     */
    StagedRow(SourceTable table, Map<String, Integer> positions, Object[] values) {
        this.table = table;
        this.positions = positions;
        this.values = values;
    }

    public SourceTable table() {
        return table;
    }

    public Object get(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException(table + " row has no column " + column);
        }
        return values[position];
    }

    public String text(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    public LocalDate date(String column) {
        Object value = get(column);
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    public LocalDateTime timestamp(String column) {
        Object value = get(column);
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    public BigDecimal decimal(String column) {
        Object value = get(column);
        return value == null ? null : new BigDecimal(value.toString());
    }

    public long rowNo() {
        return ((Number) get("row_no")).longValue();
    }

    public String sourceKey() {
        return text("source_key");
    }

    @Override
    public String toString() {
        // Table and row number only: the values are personal data.
        Integer rowNo = positions.get("row_no");
        return table + " row " + (rowNo == null ? "?" : values[rowNo]);
    }
}
