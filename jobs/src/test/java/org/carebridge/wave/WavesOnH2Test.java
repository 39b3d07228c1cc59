package org.carebridge.wave;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:waves;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(WaveScenarioContract.KnownPeople.class)
class WavesOnH2Test extends WaveScenarioContract {
}
