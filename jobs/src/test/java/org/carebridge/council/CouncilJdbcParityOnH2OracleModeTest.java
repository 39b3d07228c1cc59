package org.carebridge.council;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.carebridge.legacy.SourceTable;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.database.support.OraclePagingQueryProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * No Oracle server exists here: the council schema is stood in for by H2 in Oracle compatibility mode,
 * read through Spring Batch's Oracle paging query provider (ROWNUM pages), as production reads Oracle.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:parity;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.sources.council.jdbc.url=jdbc:h2:mem:asc;MODE=Oracle;DB_CLOSE_DELAY=-1",
        "carebridge.sources.council.jdbc.username=sa",
        "carebridge.sources.council.jdbc.paging-dialect=oracle",
        "carebridge.sources.council.jdbc.page-size=7"})
class CouncilJdbcParityOnH2OracleModeTest extends CouncilJdbcParityContract {

    @Override
    DataSource councilDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:asc;MODE=Oracle;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void theCouncilSchemaIsPagedWithTheOracleQueryProvider() {
        assertThat(opener.councilJdbc().queryProvider(SourceTable.COUNCIL_CLIENTS))
                .isInstanceOf(OraclePagingQueryProvider.class);
    }
}
