package org.carebridge.council;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.staging.SourcesProperties.CouncilJdbc;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;
import org.springframework.batch.infrastructure.item.database.support.SqlPagingQueryProviderFactoryBean;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The council's case-management schema reached over JDBC: in production the Oracle schema {@code ASC}
 * through the Oracle driver (read-only account); in tests a copy in H2 (Oracle mode) or PostgreSQL.
 */
public class CouncilJdbcSource {

    private final CouncilJdbc config;
    private final DataSource dataSource;

    public CouncilJdbcSource(CouncilJdbc config) {
        if (!config.configured()) {
            throw new BundleFormatException("council JDBC source: no URL configured (carebridge.sources.council.jdbc.url)");
        }
        if (!config.schema().matches("[A-Za-z][A-Za-z0-9_$#]{0,29}")) {
            throw new BundleFormatException("council JDBC source: schema '" + config.schema()
                    + "' is not a plain identifier");
        }
        this.config = config;
        this.dataSource = new DriverManagerDataSource(config.url(), nullToEmpty(config.username()),
                nullToEmpty(config.password()));
    }

    /** A description safe to show and record: the URL without credentials, and the schema. */
    public String description() {
        return config.url().replaceAll("//[^@/]*@", "//") + " schema " + config.schema();
    }

    public JdbcSourceTableReader reader(SourceTable table) {
        return new JdbcSourceTableReader(table, dataSource, queryProvider(table), config.pageSize(), config.schema());
    }

    /** Refuses to start unless every agreed table can be queried, naming the ones that cannot. */
    public void verifyReachable() {
        List<String> problems = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SourceTable table : SourceTable.of(SourceSystem.COUNCIL)) {
                String columns = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
                try (var statement = connection.createStatement()) {
                    statement.executeQuery("SELECT " + columns + " FROM " + qualified(table) + " WHERE 1 = 0").close();
                } catch (SQLException e) {
                    problems.add(qualified(table) + " (" + e.getSQLState() + ")");
                }
            }
        } catch (SQLException e) {
            throw new BundleFormatException("council JDBC source " + description() + ": cannot connect ("
                    + e.getSQLState() + ")", e);
        }
        if (!problems.isEmpty()) {
            throw new BundleFormatException("council JDBC source " + description()
                    + ": these tables or their agreed columns cannot be read: " + String.join(", ", problems));
        }
    }

    /** Spring Batch's paging query for a table: Oracle's ROWNUM form in production. */
    PagingQueryProvider queryProvider(SourceTable table) {
        SqlPagingQueryProviderFactoryBean factory = new SqlPagingQueryProviderFactoryBean();
        factory.setDataSource(dataSource);
        String dialect = config.pagingDialect().toLowerCase(Locale.ROOT);
        switch (dialect) {
            case "auto" -> { /* detected from the connection's metadata */ }
            case "oracle" -> factory.setDatabaseType("ORACLE");
            case "postgres", "postgresql" -> factory.setDatabaseType("POSTGRES");
            case "h2" -> factory.setDatabaseType("H2");
            default -> throw new IllegalArgumentException("carebridge.sources.council.jdbc.paging-dialect '"
                    + config.pagingDialect() + "' is not one of auto, oracle, postgres, h2");
        }
        factory.setSelectClause(table.columns().stream().map(Column::name).collect(Collectors.joining(", ")));
        factory.setFromClause(qualified(table));
        factory.setSortKeys(JdbcSourceTableReader.sortKeys(table));
        try {
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("no paging query for " + qualified(table), e);
        }
    }

    /**
     * The schema is quoted: the agreement's schema is called {@code ASC}, a reserved word in Oracle and
     * PostgreSQL, and quoting also keeps its upper case on PostgreSQL.
     */
    private String qualified(SourceTable table) {
        return "\"" + config.schema() + "\"." + table.tableName();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
