package org.carebridge.load;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cohort-sweep;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class CohortSweepOnH2Test extends CohortSweepContract {
}
