package org.carebridge.reconciliation.compare;

/**
 * One key the comparison could not match.
 *
 * @param sourceReference the source row's reference, {@code null} when the source has no row
 * @param targetReference the target row's reference, {@code null} when the target has no row
 */
public record RowDifference<K>(DifferenceKind kind, K key, String sourceReference, String targetReference) {
}
