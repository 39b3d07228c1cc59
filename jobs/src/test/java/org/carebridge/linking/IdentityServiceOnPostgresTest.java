package org.carebridge.linking;

import org.springframework.boot.test.context.SpringBootTest;

/** The persistence contract on the production target, a real PostgreSQL 15 on 127.0.0.1:5432. */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data"})
class IdentityServiceOnPostgresTest extends IdentityPersistenceContract {
}
