package org.carebridge.batch;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.carebridge.cli.Console;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows a long step's progress on the terminal at most every two seconds: items done out of the total, the rate
 * and the time left. Quiet mode ({@code --carebridge.quiet=true}) shows nothing.
 */
public class ProgressListener<O> implements ChunkListener<Object, O>, StepExecutionListener {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(2).toNanos();

    private final Console console;
    private final String what;
    private final LongSupplier total;
    private long expected;
    private long done;
    private long started;
    private long lastShown;

    public ProgressListener(Console console, String what, LongSupplier total) {
        this.console = console;
        this.what = what;
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        expected = total.getAsLong();
        done = 0;
        started = System.nanoTime();
        lastShown = started;
    }

    @Override
    public void afterChunk(Chunk<O> chunk) {
        done += chunk.size();
        long now = System.nanoTime();
        if (now - lastShown >= INTERVAL_NANOS && !console.quiet()) {
            lastShown = now;
            console.progress(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (done > 0 && !console.quiet() && System.nanoTime() - started >= INTERVAL_NANOS) {
            console.progress(line(System.nanoTime()));
        }
        return stepExecution.getExitStatus();
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        String left = expected > done && rate > 0 ? String.format(", about %.0f s left", (expected - done) / rate) : "";
        return String.format("    %s: %,d / %,d (%,.0f/s%s)", what, done, expected, rate, left);
    }
}
