package org.carebridge.remote;

import java.nio.charset.StandardCharsets;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What travels over the broker for one partition: the worker step's name and the partition's step execution id,
 * nothing else. Everything the worker needs (the range of person ids, the source table, the job's parameters) it
 * reads from the shared job repository, so no personal data and no file content is ever in a message.
 * <p>
 * JSON rather than Java serialisation: a worker never deserialises classes a message names.
 */
public record PartitionRequest(String step, long stepExecutionId) {

    static final String CONTENT_TYPE = "application/json";

    public PartitionRequest {
        if (step == null || step.isBlank()) {
            throw new IllegalArgumentException("a partition request names its worker step");
        }
    }

    static PartitionRequest of(StepExecutionRequest request) {
        return new PartitionRequest(request.getStepName(), request.getStepExecutionId());
    }

    StepExecutionRequest toStepExecutionRequest() {
        return new StepExecutionRequest(step, stepExecutionId);
    }

    byte[] toJson() {
        return JsonMapper.shared().writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a request, or refuses with a message that does not echo the body (it is not ours to trust). */
    static PartitionRequest fromJson(byte[] body) {
        try {
            return JsonMapper.shared().readValue(body, PartitionRequest.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a partition request (" + body.length + " bytes)");
        }
    }
}
