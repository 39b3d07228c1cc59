package org.carebridge.audit;

import java.time.LocalDateTime;

/**
 * One decision on the record: who did what to which subject, when and why. Subjects are named by ids
 * (a wave code, a handover id, a pair of source record ids), never by personal data.
 */
public record AuditEntry(long eventId, LocalDateTime occurredAt, String actor, String actorRole, String action,
                         String subjectType, String subjectId, Long runId, String reason, String details,
                         String previousHash, String entryHash) {
}
