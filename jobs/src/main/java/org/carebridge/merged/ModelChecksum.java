package org.carebridge.merged;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carebridge.database.StreamingQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A checksum over every row of every merged-model table in a schema (or of one wave's rows), in key order with
 * values normalised across databases: equal checksums mean byte-identical content.
 */
@Component
public class ModelChecksum {

    private final JdbcTemplate jdbc;

    private static final char UNIT_SEPARATOR = 0x1f;
    private static final char RECORD_SEPARATOR = 0x1e;

    public ModelChecksum(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per table and overall ("*"): SHA-256 hex. {@code wave} null: every row. Tables are read side by side, one per
     * core (each a streamed query on its own connection); the overall sum takes them in table order regardless.
     */
    public Map<String, String> of(String schema, String wave) {
        List<MergedTable> tables = Arrays.stream(MergedTable.values())
                .filter(table -> wave == null || table.waveOwned()).toList();
        ExecutorService readers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(tables.size(), Runtime.getRuntime().availableProcessors())),
                runnable -> {
                    Thread reader = new Thread(runnable, "checksum-" + schema);
                    reader.setDaemon(true);
                    return reader;
                });
        try {
            List<Future<String>> sums = new ArrayList<>();
            for (MergedTable table : tables) {
                sums.add(readers.submit(() -> sum(schema, table, wave)));
            }
            Map<String, String> result = new LinkedHashMap<>();
            MessageDigest overall = sha256();
            for (int i = 0; i < tables.size(); i++) {
                String sum = sums.get(i).get();
                result.put(tables.get(i).tableName(), sum);
                overall.update(sum.getBytes(StandardCharsets.UTF_8));
            }
            result.put("*", HexFormat.of().formatHex(overall.digest()));
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while summing " + schema, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("summing " + schema + " failed", e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    private String sum(String schema, MergedTable table, String wave) {
        MessageDigest sha = sha256();
        String columns = String.join(", ", table.columnNames());
        String where = wave == null ? "" : " WHERE wave_code = '" + wave.replace("'", "''") + "'";
        int width = table.columns().size();
        // One encoding per row, not per value; the separators are ASCII, so the bytes are those of the values.
        StringBuilder row = new StringBuilder(256);
        // Streamed: a wave's case notes run to millions of rows, which must not be held in memory at once.
        StreamingQuery.forEachRow(jdbc.getDataSource(), "SELECT " + columns + " FROM " + schema + "."
                + table.tableName() + where + " ORDER BY " + String.join(", ", table.key()), rs -> {
                    row.setLength(0);
                    for (int i = 1; i <= width; i++) {
                        row.append(canonical(read(rs, i, table.columns().get(i - 1).sqlType()))).append(UNIT_SEPARATOR);
                    }
                    row.append(RECORD_SEPARATOR);
                    sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
                });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Dates and times as java.time: through java.sql types a time in the hour summer time skips moves by an hour. */
    private static Object read(ResultSet rs, int column, int sqlType) throws SQLException {
        return switch (sqlType) {
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            default -> rs.getObject(column);
        };
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return value.toString(); // what the decimal form below gives for a whole number, without its cost
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
