package org.carebridge.staging;

import java.time.Duration;
import java.time.LocalDateTime;
import org.carebridge.cli.Console;
import org.carebridge.legacy.SourceTable;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Tells the operator as each source table finishes staging. */
@Component
class StagingProgress {

    private final Console console;

    StagingProgress(Console console) {
        this.console = console;
    }

    void tableStaged(SourceTable table, long rows, StepExecution step) {
        LocalDateTime start = step.getStartTime();
        double seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
        String rate = seconds > 0 ? String.format(" (%,.0f rows/s)", rows / seconds) : "";
        console.progress(String.format("  staged %-8s %-30s %,12d rows in %6.1f s%s", table.system(),
                table.tableName(), rows, seconds, rate));
    }
}
