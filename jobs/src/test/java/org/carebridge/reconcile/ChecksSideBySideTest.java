package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckDefinition;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.carebridge.reconciliation.check.Tolerance;
import org.carebridge.reconciliation.check.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ChecksSideBySideTest {

    /** What the pack received, in order: "check:ID" or "exception:ID/KEY". */
    private final List<String> pack = Collections.synchronizedList(new ArrayList<>());

    private final ChecksSideBySide.Output recorder = new ChecksSideBySide.Output() {
        @Override
        public void check(CheckResult result) {
            pack.add("check:" + result.id());
        }

        @Override
        public void exception(ExceptionItem item) {
            pack.add("exception:" + item.checkId() + "/" + item.mergedKey());
        }
    };

    @Test
    void thePackReceivesChecksInListOrderWhenALaterCheckFinishesFirst() throws Exception {
        CountDownLatch laterFinished = new CountDownLatch(1);
        List<ChecksSideBySide.Check> checks = List.of(
                out -> {
                    await(laterFinished);
                    reportWithExceptions(out, "first", 2);
                },
                out -> {
                    reportWithExceptions(out, "second", 2);
                    laterFinished.countDown();
                });

        new ChecksSideBySide(2, 100).run(checks, recorder);

        assertThat(pack).containsExactly("exception:first/1", "exception:first/2", "check:first",
                "exception:second/1", "exception:second/2", "check:second");
    }

    @Test
    void aLaterCheckHoldingItsLimitWaitsForItsTurnInsteadOfHoldingMore() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reportedBySecond = new AtomicInteger();
        AtomicReference<Thread> second = new AtomicReference<>();
        List<ChecksSideBySide.Check> checks = List.of(
                out -> {
                    await(release);
                    reportWithExceptions(out, "first", 1);
                },
                out -> {
                    second.set(Thread.currentThread());
                    for (int i = 1; i <= 5; i++) {
                        out.exception(exception("second", i));
                        reportedBySecond.incrementAndGet();
                    }
                    out.check(result("second"));
                });
        Thread runner = new Thread(() -> new ChecksSideBySide(2, 2).run(checks, recorder));
        runner.start();

        waitUntilWaiting(second);
        assertThat(reportedBySecond).as("reports the second check got through while the first ran").hasValue(2);
        assertThat(pack).isEmpty();
        release.countDown();
        runner.join();

        assertThat(pack).containsExactly("exception:first/1", "check:first", "exception:second/1",
                "exception:second/2", "exception:second/3", "exception:second/4", "exception:second/5",
                "check:second");
    }

    @Test
    void aFailingCheckFailsTheRunAndNothingAfterItReachesThePack() {
        CountDownLatch firstReported = new CountDownLatch(1);
        List<ChecksSideBySide.Check> checks = List.of(
                out -> {
                    reportWithExceptions(out, "first", 1);
                    firstReported.countDown();
                },
                out -> {
                    throw failAfter(firstReported, "the merged table is missing");
                },
                out -> reportWithExceptions(out, "third", 3));

        assertThatThrownBy(() -> new ChecksSideBySide(2, 100).run(checks, recorder))
                .isInstanceOf(IllegalStateException.class).hasMessage("the merged table is missing");
        assertThat(pack).containsExactly("exception:first/1", "check:first");
    }

    @Test
    void checksNotYetStartedWhenOneFailsDoNotRunAtAll() {
        AtomicInteger ranAfterTheFailure = new AtomicInteger();
        List<ChecksSideBySide.Check> checks = List.of(
                out -> {
                    throw new IllegalStateException("the ledger query failed");
                },
                out -> ranAfterTheFailure.incrementAndGet(),
                out -> ranAfterTheFailure.incrementAndGet());

        assertThatThrownBy(() -> new ChecksSideBySide(1, 100).run(checks, recorder))
                .hasMessage("the ledger query failed");
        assertThat(ranAfterTheFailure).hasValue(0);
    }

    @Test
    void whenTwoChecksFailTheEarlierOneInTheListIsReportedEvenIfItFailedLater() {
        CountDownLatch thirdFailed = new CountDownLatch(1);
        List<ChecksSideBySide.Check> checks = List.of(
                out -> {
                    throw failAfter(thirdFailed, "the first check's query failed");
                },
                out -> {
                    thirdFailed.countDown();
                    throw new IllegalStateException("the later check's query failed");
                });

        assertThatThrownBy(() -> new ChecksSideBySide(2, 100).run(checks, recorder))
                .hasMessage("the first check's query failed");
    }

    @Test
    void oneThreadRunsTheChecksOneAfterAnother() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        List<ChecksSideBySide.Check> checks = List.of(
                out -> {
                    threads.add(Thread.currentThread().getName());
                    reportWithExceptions(out, "first", 1);
                },
                out -> {
                    threads.add(Thread.currentThread().getName());
                    reportWithExceptions(out, "second", 1);
                });

        new ChecksSideBySide(1, 1).run(checks, recorder);

        assertThat(threads).hasSize(2).containsOnly(threads.get(0));
        assertThat(pack).containsExactly("exception:first/1", "check:first", "exception:second/1", "check:second");
    }

    // ---- builders -----------------------------------------------------------------------------------------------

    private static void reportWithExceptions(ChecksSideBySide.Output out, String check, int exceptions) {
        for (int i = 1; i <= exceptions; i++) {
            out.exception(exception(check, i));
        }
        out.check(result(check));
    }

    private static ExceptionItem exception(String check, int key) {
        return new ExceptionItem(check, ExceptionKind.MISSING, null, null, null, "person", String.valueOf(key),
                "missing");
    }

    private static CheckResult result(String check) {
        return CheckResult.evaluate(new CheckDefinition(check, check, Category.LEDGER, "a check", Unit.ROWS), 1, 1,
                Tolerance.ZERO);
    }

    private static RuntimeException failAfter(CountDownLatch latch, String message) {
        await(latch);
        return new IllegalStateException(message);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spins until the thread is parked in a wait: the state a check is in once it holds its limit. */
    private static void waitUntilWaiting(AtomicReference<Thread> thread) {
        while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
    }
}
