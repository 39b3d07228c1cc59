package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Liquibase's staging tables carry every column of the interface agreement, plus provenance. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:schema;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class StagingSchemaTest {

    @Autowired
    DataSource dataSource;

    @ParameterizedTest
    @EnumSource(SourceTable.class)
    void everyAgreedColumnHasAStagingColumn(SourceTable table) throws Exception {
        List<String> expected = new ArrayList<>(List.of("row_no", "source_origin", "source_line", "source_key"));
        table.columns().stream().map(Column::dbName).forEach(expected::add);

        assertThat(columnsOf(table.stagingTable())).containsExactlyElementsOf(expected);
    }

    private List<String> columnsOf(String tableName) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, null, tableName.toUpperCase(Locale.ROOT), null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
