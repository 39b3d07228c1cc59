package org.carebridge.staging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
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
    static final int SMALLEST_SLICE = 64;

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
        List<FutureTask<Void>> others = new ArrayList<>(slices - 1);
        for (int slice = 1; slice < slices; slice++) {
            int from = bound(slice, slices, rows.size());
            int to = bound(slice + 1, slices, rows.size());
            FutureTask<Void> task = new FutureTask<>(() -> check(rows, outcomes, from, to), null);
            others.add(task);
            checkers.execute(task);
        }
        RuntimeException failure = null;
        try {
            check(rows, outcomes, 0, bound(1, slices, rows.size()));
        } catch (RuntimeException e) {
            failure = e;
        }
        Exception later = awaitAll(others);
        if (failure != null) {
            throw failure;
        }
        if (later != null) {
            throw later;
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
     * Waits for every other slice, so none is still running when the chunk is written or abandoned.
     *
     * @return the earliest slice's failure as it was thrown, or null
     */
    private static Exception awaitAll(List<FutureTask<Void>> tasks) {
        Exception failure = null;
        boolean interrupted = false;
        for (FutureTask<Void> task : tasks) {
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    // A slice is a few milliseconds of work: finish waiting, then pass the interrupt on.
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : unwrap(e);
                    break;
                } catch (CancellationException e) {
                    failure = failure != null ? failure : e;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failure;
    }

    private static Exception unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof Exception exception ? exception : e;
    }
}
