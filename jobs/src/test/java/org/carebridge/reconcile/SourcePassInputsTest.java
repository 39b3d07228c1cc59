package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carebridge.cli.UserFacingException;
import org.carebridge.quality.Mappings;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A process (a worker) whose mapping tables are not the ones a reconciliation started with refuses to read a table
 * for it: it would expect other values than the manager's checks.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:recon-inputs;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class SourcePassInputsTest {

    @Autowired
    SourcePassInputs inputs;

    @Autowired
    Mappings mappings;

    @Test
    void otherMappingTablesThanTheReconciliationStartedWithAreRefusedNamingBothVersions() {
        String here = mappings.load().version();

        assertThatThrownBy(() -> inputs.of(new JobParametersBuilder()
                .addLong(SourcePassJobConfiguration.RECON_ID, 7L)
                .addString(SourcePassJobConfiguration.MAPPINGS_VERSION, "another-version")
                .toJobParameters()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("version " + here)
                .hasMessageContaining("version another-version")
                .hasMessageContaining("give every worker the same mapping tables");
    }
}
