package org.carebridge.merged;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.carebridge.database.DatabaseProduct;
import org.carebridge.database.MigrationLock;
import org.carebridge.database.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates and maintains the merged model in a schema: {@code merged} for the live model, {@code rehearsal} for
 * a disposable copy. Each schema keeps its own Liquibase changelog table, so the rehearsal schema can be dropped
 * and rebuilt without touching the live model.
 */
@Component
public class MergedModelSchema {

    public static final String LIVE = "merged";
    public static final String REHEARSAL = "rehearsal";
    private static final String CHANGELOG = "db/merged/merged-model.yaml";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TableStatistics statistics;

    public MergedModelSchema(DataSource dataSource, JdbcTemplate jdbc, TableStatistics statistics) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    /** Brings {@code schema} up to the current merged model, creating it if needed. */
    public synchronized void ensure(String schema) {
        requirePlain(schema);
        // Workers and the manager may ensure the same schema at the same moment: one at a time.
        try (MigrationLock lock = MigrationLock.acquire(dataSource); Connection connection = dataSource.getConnection()) {
            jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            // Liquibase reports progress through its UI service (standard output by default): send it to the log.
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> {
                try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                    liquibase.update("");
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to build schema " + schema, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the merged model in schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fresh rehearsal schema holding a copy of the live model, ready for a wave to be loaded on top. On PostgreSQL
     * its tables are unlogged: the copy and the rehearsal's load skip the write-ahead log, and a rehearsal is rebuilt
     * from the live model every time (crash recovery empties unlogged tables; the rehearsal's report pack is a file).
     */
    public void recreateRehearsalFromLive() {
        ensure(LIVE);
        jdbc.execute("DROP SCHEMA IF EXISTS " + REHEARSAL + " CASCADE");
        ensure(REHEARSAL);
        boolean postgres = DatabaseProduct.of(dataSource).isPostgres();
        for (MergedTable table : MergedTable.values()) {
            if (postgres) {
                jdbc.execute("ALTER TABLE " + REHEARSAL + "." + table.tableName() + " SET UNLOGGED");
            }
            String columns = String.join(", ", table.columnNames());
            jdbc.execute("INSERT INTO " + REHEARSAL + "." + table.tableName() + " (" + columns + ") SELECT " + columns
                    + " FROM " + LIVE + "." + table.tableName());
        }
        statistics.refresh(MergedTable.tableNamesIn(REHEARSAL));
    }

    static void requirePlain(String schema) {
        if (!schema.toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9_]{0,29}")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
    }
}
