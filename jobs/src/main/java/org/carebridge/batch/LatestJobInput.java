package org.carebridge.batch;

import java.lang.ref.SoftReference;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the partitions of one job share in a process (a cohort, a candidate set): built by the first partition that
 * needs it and kept for the next ones, for the latest job only. A worker never learns that a job has ended, so what
 * it built is held softly: the garbage collector may take it back when the next job needs the memory, and a later
 * partition of the same job then builds it again. What the job's own process hands over ({@link #hold}) is held
 * firmly until {@link #release}.
 *
 * @param <K> what tells one job's input from another's (a reconciliation id, a fingerprint)
 * @param <V> the input
 */
public final class LatestJobInput<K, V> {

    private K key;
    private V held;
    private SoftReference<V> built;

    /** The input of {@code key}: the one kept, or one built now (a previous job's is let go first). */
    public synchronized V get(K key, Supplier<V> build) {
        V kept = kept(key);
        if (kept != null) {
            return kept;
        }
        forget();
        V value = Objects.requireNonNull(build.get(), "built input");
        this.key = key;
        this.built = new SoftReference<>(value);
        return value;
    }

    /** Keeps {@code value} as the input of {@code key} until it is released: the process that made it still uses it. */
    public synchronized void hold(K key, V value) {
        forget();
        this.key = key;
        this.held = value;
    }

    /** Lets the input of {@code key} go, when it is the one kept: its job has ended. */
    public synchronized void release(K key) {
        if (Objects.equals(this.key, key)) {
            forget();
        }
    }

    private V kept(K wanted) {
        if (!Objects.equals(key, wanted)) {
            return null;
        }
        return held != null ? held : built == null ? null : built.get();
    }

    private void forget() {
        key = null;
        held = null;
        built = null;
    }
}
