package org.carebridge.council;

import javax.sql.DataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The council schema as a schema "ASC" in a real PostgreSQL, paged with the provider detected from it. */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.sources.council.jdbc.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test",
        "carebridge.sources.council.jdbc.username=postgres",
        "carebridge.sources.council.jdbc.page-size=7"})
class CouncilJdbcParityOnPostgresTest extends CouncilJdbcParityContract {

    @Override
    DataSource councilDatabase() {
        return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/carebridge_test", "postgres", "");
    }
}
