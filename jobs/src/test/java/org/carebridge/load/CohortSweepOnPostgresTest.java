package org.carebridge.load;

import org.springframework.boot.test.context.SpringBootTest;

/** On the production target, where NOT IN and NOT EXISTS are planned differently. */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_sweep_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data"})
class CohortSweepOnPostgresTest extends CohortSweepContract {
}
