package org.carebridge.handovers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The handover scenario on the production target: real PostgreSQL 15. */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_handovers_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(HandoverTestSupport.Beans.class)
class HandoversOnPostgresTest extends HandoverScenarioContract {
}
