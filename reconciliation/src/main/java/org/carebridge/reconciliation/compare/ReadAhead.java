package org.carebridge.reconciliation.compare;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs one side of a comparison on its own thread: the wrapped iterator (reading rows from a database or file and
 * hashing them) is driven in the background and its rows are handed over in batches through a small bounded queue.
 * Reading and hashing the two sides then overlap with each other and with the merge-join, while memory stays
 * constant: at most {@code (QUEUED_BATCHES + 2) × BATCH} rows are in flight whatever the table's size.
 *
 * <p>The wrapped iterator is used by the background thread only, and closed there if it is {@link AutoCloseable}.
 * A failure in it (an unreadable row, an I/O error) is rethrown to the consumer from {@link #hasNext()}.
 * Close the read-ahead when done or abandoning, so that the thread stops.
 */
public final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    static final int BATCH = 1024;
    static final int QUEUED_BATCHES = 8;

    private static final Object[] END = new Object[0];

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread producer;
    private volatile Throwable failure;
    private volatile boolean cancelled;
    private Object[] batch = new Object[0];
    private int position;
    private boolean ended;

    private ReadAhead(String name, Iterator<T> source) {
        producer = new Thread(() -> produce(source), "carebridge-read-ahead-" + name);
        producer.setDaemon(true);
    }

    /** Starts reading {@code source} in the background; {@code name} names the thread, e.g. "source". */
    public static <T> ReadAhead<T> start(String name, Iterator<T> source) {
        ReadAhead<T> readAhead = new ReadAhead<>(name, Objects.requireNonNull(source, "source"));
        readAhead.producer.start();
        return readAhead;
    }

    private void produce(Iterator<T> source) {
        Object[] filling = new Object[BATCH];
        int n = 0;
        try {
            try {
                while (!cancelled && source.hasNext()) {
                    T row = source.next();
                    filling[n++] = row;
                    if (n == BATCH) {
                        queue.put(filling);
                        filling = new Object[BATCH];
                        n = 0;
                    }
                }
            } catch (RuntimeException | Error e) {
                // the rows read before the failure are still handed over, then the failure
                failure = e;
            } finally {
                closeQuietly(source);
            }
            if (n > 0) {
                Object[] last = new Object[n];
                System.arraycopy(filling, 0, last, 0, n);
                queue.put(last);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed by the consumer: nobody is waiting for the rest
        }
    }

    @Override
    public boolean hasNext() {
        if (position < batch.length) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for rows from " + producer.getName(), e);
        }
        position = 0;
        if (batch == END) {
            ended = true;
            Throwable t = failure;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return (T) batch[position++];
    }

    /** Stops the background thread (if still reading) and waits for it to finish closing its source. */
    @Override
    public void close() {
        cancelled = true;
        producer.interrupt();
        queue.clear();
        try {
            producer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Iterator<?> source) {
        if (source instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // a close failure after reading cannot change the rows already handed over
            }
        }
    }
}
