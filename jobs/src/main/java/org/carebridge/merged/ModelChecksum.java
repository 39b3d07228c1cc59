package org.carebridge.merged;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.HexFormat;
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

    public ModelChecksum(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per table and overall ("*"): SHA-256 hex. {@code wave} null: every row. */
    public Map<String, String> of(String schema, String wave) {
        Map<String, String> sums = new LinkedHashMap<>();
        MessageDigest overall = sha256();
        for (MergedTable table : MergedTable.values()) {
            if (wave != null && !table.waveOwned()) {
                continue;
            }
            MessageDigest sha = sha256();
            String columns = String.join(", ", table.columnNames());
            String where = wave == null ? "" : " WHERE wave_code = '" + wave.replace("'", "''") + "'";
            int width = table.columns().size();
            // Streamed: a wave's case notes run to millions of rows, which must not be held in memory at once.
            try (StreamingQuery<Void> rows = StreamingQuery.of(jdbc.getDataSource(), "SELECT " + columns + " FROM "
                    + schema + "." + table.tableName() + where + " ORDER BY " + String.join(", ", table.key()), rs -> {
                        for (int i = 1; i <= width; i++) {
                            sha.update(canonical(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0x1f);
                        }
                        sha.update((byte) 0x1e);
                        return null;
                    })) {
                rows.forEachRemaining(done -> { });
            }
            String sum = HexFormat.of().formatHex(sha.digest());
            sums.put(table.tableName(), sum);
            overall.update(sum.getBytes(StandardCharsets.UTF_8));
        }
        sums.put("*", HexFormat.of().formatHex(overall.digest()));
        return sums;
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
