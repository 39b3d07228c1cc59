package org.carebridge.staging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.carebridge.quality.RowValidator;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Parses and checks a chunk's rows, a slice of the chunk per thread (the step's own thread takes the first), then
 * hands every row's outcome, in read order, to the staging writer. No row is filtered out: every row read reaches the
 * writer, staged or quarantined.
 * <p>
 * Why here and not as the step's item processor on a task executor: Spring Batch then makes every row a task of its
 * own and registers the step's context around each, and measured on the case notes that bookkeeping took more of the
 * checking threads' time than the checks (README, Performance, seventh session). A slice per thread costs the same per
 * chunk instead of per row.
 */
class RowCheckingWriter implements ItemWriter<NumberedRow> {

    /** Fewer rows than this per slice are checked on fewer threads: handing them over would cost more than it saves. */
    static final int SMALLEST_SLICE = 16;

    private final RowValidator validator;
    private final ItemWriter<StagingOutcome> writer;
    private final Executor checkers;
    private final int threads;

    /**
     * @param checkers threads that check the slices after the first
     * @param threads  slices a full chunk is cut into, the step's thread included
     */
    RowCheckingWriter(RowValidator validator, ItemWriter<StagingOutcome> writer, Executor checkers, int threads) {
        this.validator = validator;
        this.writer = writer;
        this.checkers = checkers;
        this.threads = Math.max(1, threads);
    }

    @Override
    public void write(Chunk<? extends NumberedRow> chunk) throws Exception {
        List<? extends NumberedRow> rows = chunk.getItems();
        StagingOutcome[] outcomes = new StagingOutcome[rows.size()];
        int slices = Math.max(1, Math.min(threads, rows.size() / SMALLEST_SLICE));
        List<FutureTask<Void>> slicesOnCheckers = new ArrayList<>(slices - 1);
        Throwable failure = null;
        try {
            for (int slice = 1; slice < slices; slice++) {
                int from = bound(slice, slices, rows.size());
                int to = bound(slice + 1, slices, rows.size());
                FutureTask<Void> task = new FutureTask<>(() -> check(rows, outcomes, from, to), null);
                slicesOnCheckers.add(task);
                try {
                    checkers.execute(task);
                } catch (RejectedExecutionException e) {
                    task.run(); // no checker will take it (shutting down): check it here rather than lose it
                }
            }
            check(rows, outcomes, 0, bound(1, slices, rows.size()));
        } catch (Throwable e) {
            failure = e;
        }
        failure = awaitAll(slicesOnCheckers, failure);
        if (failure == null && Thread.currentThread().isInterrupted()) {
            failure = new InterruptedException("staging was interrupted while checking a chunk");
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof Exception exception) {
            throw exception;
        }
        if (failure != null) {
            throw new IllegalStateException("checking a chunk failed", failure);
        }
        writer.write(new Chunk<>(Arrays.asList(outcomes)));
    }

    private void check(List<? extends NumberedRow> rows, StagingOutcome[] outcomes, int from, int to) {
        for (int i = from; i < to; i++) {
            NumberedRow row = rows.get(i);
            outcomes[i] = new StagingOutcome(row.rowNo(), validator.validate(row.row()));
        }
    }

    private static int bound(int slice, int slices, int size) {
        return (int) ((long) size * slice / slices);
    }

    /**
     * Waits for every slice handed to a checker, whatever happened to the others, so that none is still running when
     * the chunk is written or abandoned.
     *
     * @param failure the step thread's own failure (its slice is the earliest), or null
     * @return the earliest slice's failure as it was thrown, the later ones attached as suppressed; or null
     */
    private static Throwable awaitAll(List<FutureTask<Void>> tasks, Throwable failure) {
        boolean interrupted = false;
        for (FutureTask<Void> task : tasks) {
            Throwable thrown = null;
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    // A slice is milliseconds of work: finish waiting, then pass the interrupt on.
                    interrupted = true;
                } catch (ExecutionException e) {
                    thrown = e.getCause();
                    break;
                } catch (CancellationException e) {
                    thrown = e; // cancelled in the queue by a pool shutting down: never ran
                    break;
                }
            }
            if (thrown != null && failure == null) {
                failure = thrown;
            } else if (thrown != null && thrown != failure) {
                failure.addSuppressed(thrown);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failure;
    }
}
