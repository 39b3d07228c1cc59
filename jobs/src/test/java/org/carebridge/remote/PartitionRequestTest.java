package org.carebridge.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

class PartitionRequestTest {

    @Test
    void aMessageCarriesTheWorkerStepAndTheStepExecutionIdAndNothingElse() {
        PartitionRequest request = PartitionRequest.of(new StepExecutionRequest("loadCohortRange", 57L));

        assertThat(new String(request.toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"step\":\"loadCohortRange\",\"stepExecutionId\":57}");
    }

    @Test
    void whatTheManagerSendsTheWorkerReadsBackAsSpringBatchsRequest() {
        StepExecutionRequest read = PartitionRequest.fromJson(new PartitionRequest("stageTable", 12L).toJson())
                .toStepExecutionRequest();

        assertThat(read.getStepName()).isEqualTo("stageTable");
        assertThat(read.getStepExecutionId()).isEqualTo(12L);
    }

    @Test
    void aBodyThatIsNotARequestIsRefusedWithoutEchoingIt() {
        byte[] body = "{\"nhsNumber\":\"9434765919\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PartitionRequest.fromJson(body))
                .hasMessage("not a partition request (26 bytes)");
    }
}
