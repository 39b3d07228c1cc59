package org.carebridge.reconciliation.compare;

import java.util.Objects;

/**
 * One side's row as the comparison sees it: the key both sides share, the row's content hash, and an optional
 * reference to print in exceptions (on the merged side typically the merged id, since the shared key is the
 * legacy key the merged row carries as provenance).
 */
public record HashedRow<K>(K key, RowHash hash, String reference) {

    public HashedRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(hash, "hash");
    }

    public static <K> HashedRow<K> of(K key, RowHash hash) {
        return new HashedRow<>(key, hash, null);
    }
}
