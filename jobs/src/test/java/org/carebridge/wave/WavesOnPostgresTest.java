package org.carebridge.wave;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The wave scenario on the production target: real PostgreSQL 15 (standard MERGE, schemas, rollback). */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_waves_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(WaveScenarioContract.KnownPeople.class)
class WavesOnPostgresTest extends WaveScenarioContract {
}
