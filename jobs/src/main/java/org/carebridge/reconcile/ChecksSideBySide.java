package org.carebridge.reconcile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;

/**
 * Runs a reconciliation's checks on a few threads at once while the report pack receives their results and exceptions
 * exactly as if the checks had run one after another, so a pack does not depend on which query PostgreSQL finished
 * first. Most of a check's time is spent waiting for the database, which leaves a core idle when they run in turn.
 *
 * <p>The earliest unfinished check in the list writes straight to the pack. A later one holds what it finds until the
 * checks before it have finished; once it holds {@code heldLimit} items it waits for its turn, so a load broken
 * badly enough to produce millions of exceptions costs waiting, not memory.
 */
final class ChecksSideBySide {

    /** Where a check reports: the pack, in the end. */
    interface Output {
        void check(CheckResult result);

        void exception(ExceptionItem item);
    }

    /** One check, or a group of checks that belong together in the pack. */
    interface Check {
        void run(Output out);
    }

    private final int threads;
    private final int heldLimit;

    ChecksSideBySide(int threads, int heldLimit) {
        if (threads < 1 || heldLimit < 1) {
            throw new IllegalArgumentException("threads and held limit must be positive");
        }
        this.threads = threads;
        this.heldLimit = heldLimit;
    }

    /**
     * Runs every check and returns once all have finished. When any fails, the others stop at their next report, what
     * was held is dropped, and the failure of the earliest failing check in the list is rethrown.
     */
    void run(List<Check> checks, Output pack) {
        Turns turns = new Turns(checks.size(), pack, heldLimit);
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, checks.size())), task -> {
            Thread thread = new Thread(task, "reconcile-check-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    try {
                        turns.requireNotAbandoned();
                        checks.get(index).run(turns.lane(index));
                        turns.finished(index);
                    } catch (RuntimeException | Error e) {
                        turns.abandon();
                        throw e;
                    }
                    return null;
                }));
            }
            // Every check is waited for, so none still reads the database or writes the pack after this returns.
            Throwable failure = null;
            for (Future<?> check : running) {
                try {
                    check.get();
                } catch (ExecutionException e) {
                    if (failure == null && !(e.getCause() instanceof Abandoned)) {
                        failure = e.getCause();
                    }
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (turns.abandoned()) {
                // every check ended cancelled, none with a cause: the pack is incomplete all the same
                throw new CancellationException("the reconciliation's checks were cancelled");
            }
        } catch (InterruptedException e) {
            turns.abandon();
            pool.shutdownNow();
            awaitQuietly(pool);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the reconciliation's checks ran");
        } finally {
            pool.shutdownNow();
        }
    }

    /** After an interrupt: checks stop at their next report; give them a minute so none outlives the pack. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown to a check that reports after another check failed: the pack is being discarded. */
    private static final class Abandoned extends CancellationException {
        Abandoned() {
            super("another check of this reconciliation failed");
        }
    }

    /** Whose turn it is to write to the pack, and what the others hold meanwhile. One lock guards all of it. */
    private static final class Turns {
        private final Output pack;
        private final int heldLimit;
        private final List<ArrayDeque<Runnable>> held = new ArrayList<>();
        private final boolean[] done;
        private int turn;
        private boolean abandoned;

        Turns(int checks, Output pack, int heldLimit) {
            this.pack = pack;
            this.heldLimit = heldLimit;
            this.done = new boolean[checks];
            for (int i = 0; i < checks; i++) {
                held.add(new ArrayDeque<>());
            }
        }

        Output lane(int index) {
            return new Output() {
                @Override
                public void check(CheckResult result) {
                    write(index, () -> pack.check(result));
                }

                @Override
                public void exception(ExceptionItem item) {
                    write(index, () -> pack.exception(item));
                }
            };
        }

        private synchronized void write(int index, Runnable item) {
            ArrayDeque<Runnable> mine = held.get(index);
            while (!abandoned && turn != index && mine.size() >= heldLimit) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Abandoned();
                }
            }
            if (abandoned) {
                throw new Abandoned();
            }
            if (turn == index) {
                item.run();
            } else {
                mine.add(item);
            }
        }

        synchronized void finished(int index) {
            done[index] = true;
            while (!abandoned && turn < done.length && done[turn]) {
                drain(turn);
                turn++;
            }
            if (!abandoned && turn < done.length) {
                // the check whose turn it now is writes straight through from here on, after what it held
                drain(turn);
            }
            notifyAll();
        }

        synchronized void requireNotAbandoned() {
            if (abandoned) {
                throw new Abandoned();
            }
        }

        synchronized boolean abandoned() {
            return abandoned;
        }

        synchronized void abandon() {
            abandoned = true;
            held.forEach(ArrayDeque::clear);
            notifyAll();
        }

        private void drain(int index) {
            ArrayDeque<Runnable> items = held.get(index);
            while (!items.isEmpty()) {
                items.poll().run();
            }
        }
    }
}
