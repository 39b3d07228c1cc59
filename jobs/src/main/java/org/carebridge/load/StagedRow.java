package org.carebridge.load;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.carebridge.legacy.SourceTable;

/** One staged row, read by column (staging's lower-snake-case names), with its table and staging row number. */
public record StagedRow(SourceTable table, Map<String, Object> values) {

    public Object get(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException(table + " row has no column " + column);
        }
        return values.get(column);
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
}
