package org.carebridge.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.RowParser;
import org.carebridge.quality.RowValidator;
import org.carebridge.quality.ValidatedRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.batch.infrastructure.item.Chunk;

@Timeout(30)
class RowCheckingWriterTest {

    private final ExecutorService checkers = Executors.newFixedThreadPool(3);
    /** What the staging writer received, chunk by chunk: the row numbers in order. */
    private final List<List<Long>> written = new ArrayList<>();

    @AfterEach
    void stopCheckers() {
        checkers.shutdownNow();
    }

    @Test
    void outcomesReachTheWriterInReadOrderEvenWhenALaterSliceIsCheckedFirst() throws Exception {
        CountDownLatch lastRowChecked = new CountDownLatch(1);
        RowCheckingWriter writer = writer(4, row -> {
            if (row.line() == 1) {
                await(lastRowChecked); // the first slice (the step's thread) finishes last
            } else if (row.line() == 1000) {
                lastRowChecked.countDown();
            }
        });

        writer.write(chunkOfRows(1, 1000));

        assertThat(written).containsExactly(LongStream.rangeClosed(1, 1000).boxed().toList());
    }

    @Test
    void theStepThreadChecksTheFirstSliceAndTheCheckersTheRest() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        String stepThread = Thread.currentThread().getName();
        RowCheckingWriter writer = writer(3, row -> threads.add(Thread.currentThread().getName()
                + (row.line() <= 100 ? ":first" : ":later")));

        writer.write(chunkOfRows(1, 300));

        assertThat(threads).contains(stepThread + ":first").doesNotContain(stepThread + ":later");
        assertThat(threads.stream().filter(t -> t.endsWith(":later")).count()).isEqualTo(2);
    }

    @Test
    void aChunkTooSmallToShareIsCheckedOnTheStepThreadAlone() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        RowCheckingWriter writer = writer(4, row -> threads.add(Thread.currentThread().getName()));

        writer.write(chunkOfRows(1, RowCheckingWriter.SMALLEST_SLICE + 10));

        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(written.get(0)).hasSize(RowCheckingWriter.SMALLEST_SLICE + 10);
    }

    @Test
    void aSliceThatFailsFailsTheChunkWithItsOwnErrorAfterEveryOtherSliceHasFinished() {
        AtomicInteger checked = new AtomicInteger();
        CountDownLatch laterSliceFailed = new CountDownLatch(1);
        RowCheckingWriter writer = writer(4, row -> {
            if (row.line() == 600) {
                laterSliceFailed.countDown();
                throw new IllegalStateException("mapping tables changed during the run");
            }
            if (row.line() == 1) {
                await(laterSliceFailed); // the step thread's slice is still running when the later one fails
            }
            checked.incrementAndGet();
        });

        assertThatThrownBy(() -> writer.write(chunkOfRows(1, 1000)))
                .isInstanceOf(IllegalStateException.class).hasMessage("mapping tables changed during the run");
        assertThat(written).as("nothing written").isEmpty();
        // Slice 3 (rows 501-750) stopped at row 600; every other slice ran to its end.
        assertThat(checked.get()).isEqualTo(1000 - 151);
    }

    @Test
    void whenTwoSlicesFailTheEarliestSlicesErrorIsReported() {
        CountDownLatch secondSliceFailed = new CountDownLatch(1);
        RowCheckingWriter writer = writer(2, row -> {
            if (row.line() == 900) {
                secondSliceFailed.countDown();
                throw new IllegalStateException("second slice");
            }
            if (row.line() == 100) {
                await(secondSliceFailed);
                throw new IllegalArgumentException("first slice");
            }
        });

        assertThatThrownBy(() -> writer.write(chunkOfRows(1, 1000))).hasMessage("first slice");
    }

    private RowCheckingWriter writer(int threads, Consumer<SourceRow> onCheck) {
        RowValidator validator = new RowValidator(null) {
            private final RowParser parser = new RowParser();

            @Override
            public ValidatedRow validate(SourceRow source) {
                onCheck.accept(source);
                return new ValidatedRow(parser.parse(source), List.of());
            }
        };
        return new RowCheckingWriter(validator,
                chunk -> written.add(chunk.getItems().stream().map(StagingOutcome::rowNo).toList()),
                checkers, threads);
    }

    /** Team rows numbered {@code from} to {@code to}, each on the line of its number. */
    private static Chunk<NumberedRow> chunkOfRows(long from, long to) {
        Chunk<NumberedRow> chunk = new Chunk<>();
        for (long n = from; n <= to; n++) {
            String[] values = {"T" + n, "Team " + n, "ASC", "BEXLEY", "Y"};
            chunk.add(new NumberedRow(n, SourceRow.of(SourceTable.COUNCIL_TEAMS, "TEAMS.csv", n, values,
                    String.join(",", values))));
        }
        return chunk;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("another slice got there meanwhile").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
