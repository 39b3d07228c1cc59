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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    void aSliceThatFailsFailsTheChunkWithItsOwnErrorAndNothingIsWritten() {
        RowCheckingWriter writer = writer(4, row -> {
            if (row.line() == 600) {
                throw new IllegalStateException("mapping tables changed during the run");
            }
        });

        assertThatThrownBy(() -> writer.write(chunkOfRows(1, 1000)))
                .isInstanceOf(IllegalStateException.class).hasMessage("mapping tables changed during the run");
        assertThat(written).as("nothing written").isEmpty();
    }

    @Test
    void aFailedChunkIsGivenUpOnlyAfterEverySliceHasStopped() throws Exception {
        CountDownLatch lastSliceMayFinish = new CountDownLatch(1);
        CountDownLatch lastSliceStarted = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        RowCheckingWriter writer = writer(4, row -> {
            if (row.line() == 1) {
                throw new IllegalStateException("the first slice fails at once");
            }
            if (row.line() == 751) {
                lastSliceStarted.countDown();
                await(lastSliceMayFinish);
            }
            checked.incrementAndGet();
        });
        ExecutorService step = Executors.newSingleThreadExecutor();
        try {
            Future<?> writing = step.submit(() -> {
                writer.write(chunkOfRows(1, 1000));
                return null;
            });
            await(lastSliceStarted);

            assertThatThrownBy(() -> writing.get(300, TimeUnit.MILLISECONDS)).as("still waiting for the last slice")
                    .isInstanceOf(TimeoutException.class);
            lastSliceMayFinish.countDown();
            assertThatThrownBy(writing::get).hasCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("the first slice fails at once");
            assertThat(checked.get()).as("slices 2 to 4 ran to their end").isEqualTo(750);
        } finally {
            step.shutdownNow();
        }
    }

    @Test
    void whenSeveralSlicesFailTheEarliestSlicesErrorIsReportedWithTheOthersAttached() {
        CountDownLatch laterSlicesFailed = new CountDownLatch(2);
        RowCheckingWriter writer = writer(3, row -> {
            if (row.line() == 500 || row.line() == 900) {
                laterSlicesFailed.countDown();
                throw new IllegalStateException("slice of row " + row.line());
            }
            if (row.line() == 100) {
                await(laterSlicesFailed);
                throw new IllegalArgumentException("first slice");
            }
        });

        assertThatThrownBy(() -> writer.write(chunkOfRows(1, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("first slice")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("slice of row 500", "slice of row 900"));
        assertThat(written).isEmpty();
    }

    @Test
    void anErrorInASliceIsThrownAsItIs() {
        RowCheckingWriter writer = writer(2, row -> {
            if (row.line() == 800) {
                throw new OutOfMemoryError("while checking");
            }
        });

        assertThatThrownBy(() -> writer.write(chunkOfRows(1, 1000)))
                .isInstanceOf(OutOfMemoryError.class).hasMessage("while checking");
        assertThat(written).isEmpty();
    }

    @Test
    void slicesNoCheckerWillTakeAreCheckedOnTheStepThread() throws Exception {
        checkers.shutdown();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        RowCheckingWriter writer = writer(4, row -> threads.add(Thread.currentThread().getName()));

        writer.write(chunkOfRows(1, 1000));

        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(written).containsExactly(LongStream.rangeClosed(1, 1000).boxed().toList());
    }

    @Test
    void anInterruptedStepWritesNothingAndKeepsItsInterrupt() {
        RowCheckingWriter writer = writer(2, row -> {
            if (row.line() == 1) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThatThrownBy(() -> writer.write(chunkOfRows(1, 1000))).isInstanceOf(InterruptedException.class);
            assertThat(written).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
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
