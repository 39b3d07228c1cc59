package org.carebridge.batch;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs a step's partitions on local threads, biggest first. Spring Batch hands the partitions over as an unordered
 * set; with fewer threads than partitions, a big one started last would run alone on one core at the end. The
 * partitioner states each partition's size in its context ({@link #SIZE_HINT}, any unit; none counts as 0).
 */
public class LargestFirstPartitionHandler extends TaskExecutorPartitionHandler {

    public static final String SIZE_HINT = "size.hint";

    public LargestFirstPartitionHandler(Step step, TaskExecutor executor, int gridSize) {
        setStep(step);
        setTaskExecutor(executor);
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        Set<StepExecution> ordered = new LinkedHashSet<>();
        partitions.stream()
                .sorted(Comparator.comparingLong((StepExecution p) -> p.getExecutionContext().getLong(SIZE_HINT, 0L))
                        .reversed().thenComparing(StepExecution::getStepName))
                .forEach(ordered::add);
        return super.doHandle(manager, ordered);
    }
}
