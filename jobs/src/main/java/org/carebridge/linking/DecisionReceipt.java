package org.carebridge.linking;

/**
 * What recording a review decision did: the stored decision, its audit entry, and what the next resolution
 * run will make of it ({@code effect}: ids and words only).
 */
public record DecisionReceipt(RecordedDecision decision, long auditEventId, String effect) {
}
