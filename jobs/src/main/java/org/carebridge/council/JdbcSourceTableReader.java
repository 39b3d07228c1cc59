package org.carebridge.council;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.FieldParser;
import org.carebridge.staging.SourceTableReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a council table from its database schema with Spring Batch's paging reader, sorted by the
 * table's primary key (unique, so no row is skipped or read twice between pages). Each row is turned
 * back into the agreement's text form, so that it goes through exactly the same parsing and rules as
 * the same row read from a CSV bundle, and both give identical staged rows.
 */
public class JdbcSourceTableReader extends SourceTableReader {

    private final JdbcPagingItemReader<SourceRow> delegate;
    private final String origin;

    JdbcSourceTableReader(SourceTable table, DataSource dataSource, PagingQueryProvider queryProvider, int pageSize,
                          String schema) {
        super(table);
        this.origin = "jdbc:" + schema + "." + table.tableName();
        this.delegate = new JdbcPagingItemReader<>(dataSource, queryProvider);
        delegate.setPageSize(pageSize);
        delegate.setFetchSize(pageSize);
        delegate.setRowMapper(rowMapper(table, origin));
        delegate.setName("jdbc");
        delegate.setSaveState(true);
        try {
            delegate.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure the paging reader for " + origin, e);
        }
    }

    /** The sort key: the table's single-column primary key, ascending. */
    static Map<String, Order> sortKeys(SourceTable table) {
        List<String> keys = table.keyColumns();
        if (keys.size() != 1 || !table.keyUnique()) {
            throw new IllegalArgumentException(table + " has no single-column primary key to page by");
        }
        return Map.of(keys.get(0), Order.ASCENDING);
    }

    @Override
    protected void openSource(ExecutionContext context, long alreadyRead) {
        delegate.open(context);
    }

    @Override
    protected SourceRow readSource() throws Exception {
        return delegate.read();
    }

    @Override
    protected String origin() {
        return origin;
    }

    @Override
    protected void updateSource(ExecutionContext context) {
        delegate.update(context);
    }

    @Override
    public void close() {
        delegate.close();
    }

    private static RowMapper<SourceRow> rowMapper(SourceTable table, String origin) {
        List<Column> columns = table.columns();
        return (ResultSet rs, int rowNum) -> {
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = text(rs, columns.get(i));
            }
            return SourceRow.of(table, origin, 0, values, null);
        };
    }

    /** The column's value as the agreement's CSV form would hold it. */
    private static String text(ResultSet rs, Column column) throws SQLException {
        String name = column.name();
        switch (column.type()) {
            case INTEGER, DECIMAL -> {
                BigDecimal number = rs.getBigDecimal(name);
                return number == null ? null : number.stripTrailingZeros().toPlainString();
            }
            case DATE -> {
                // Oracle DATE carries a time of day (the driver gives a timestamp); the agreement's dates do not.
                Object value = rs.getObject(name);
                if (value == null) {
                    return null;
                }
                return FieldParser.format(value instanceof java.sql.Date day ? day.toLocalDate()
                        : rs.getObject(name, LocalDateTime.class).toLocalDate());
            }
            case TIMESTAMP -> {
                // java.time, not java.sql.Timestamp: through the JVM's time zone, a time in the hour that summer
                // time skips (01:30 on the last Sunday of March, in London) would be staged an hour later.
                LocalDateTime at = rs.getObject(name, LocalDateTime.class);
                return at == null ? null : FieldParser.format(at.withNano(0));
            }
            default -> {
                return rs.getString(name);
            }
        }
    }
}
