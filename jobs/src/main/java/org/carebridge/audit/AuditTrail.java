package org.carebridge.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, tamper-evident record of every approval, rejection, re-pairing, gate override, sign-off
 * and identity review decision. Each entry carries the hash of the one before it, so changing or removing any
 * entry breaks the chain from there on, which {@link #verify()} finds.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is being recorded; the trail adds the id, the time and the hashes. */
    public record Record(String actor, String actorRole, String action, String subjectType, String subjectId,
                         Long runId, String reason, String details) {
        public Record {
            Objects.requireNonNull(actor, "who acted");
            Objects.requireNonNull(action, "what was done");
            Objects.requireNonNull(subjectType, "to what kind of thing");
            Objects.requireNonNull(subjectId, "to which one");
        }
    }

    /** Appends an entry within the caller's transaction (or a new one), so a decision and its record commit together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry append(Record record) {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_event_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        long eventId = ((Number) head.get("last_event_id")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        AuditEntry unhashed = new AuditEntry(eventId, at, record.actor(), record.actorRole(), record.action(),
                record.subjectType(), record.subjectId(), record.runId(), record.reason(), record.details(), previous,
                null);
        String hash = hash(unhashed);
        jdbc.update("INSERT INTO audit_event (event_id, occurred_at, actor, actor_role, action, subject_type, subject_id,"
                        + " run_id, reason, details, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                eventId, Timestamp.valueOf(at), record.actor(), record.actorRole(), record.action(), record.subjectType(),
                record.subjectId(), record.runId(), record.reason(), record.details(), previous, hash);
        jdbc.update("UPDATE audit_head SET last_event_id = ?, last_hash = ? WHERE id = 1", eventId, hash);
        return new AuditEntry(eventId, at, record.actor(), record.actorRole(), record.action(), record.subjectType(),
                record.subjectId(), record.runId(), record.reason(), record.details(), previous, hash);
    }

    /** Entries about one subject, oldest first. */
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return jdbc.query("SELECT * FROM audit_event WHERE subject_type = ? AND subject_id = ? ORDER BY event_id",
                (rs, i) -> entry(rs), subjectType, subjectId);
    }

    /** The most recent entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.query("SELECT * FROM audit_event ORDER BY event_id DESC FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", (rs, i) -> entry(rs));
    }

    /** The outcome of checking the chain: the first entry that does not fit, if any. */
    public record Verification(long entriesChecked, Optional<String> firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Recomputes every hash in order and names the first entry whose content, link or position is wrong. */
    public Verification verify() {
        long[] checked = {0};
        String[] expectedPrevious = {genesis()};
        long[] expectedId = {1};
        String[] broken = {null};
        jdbc.query("SELECT * FROM audit_event ORDER BY event_id", rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry e = entry(rs);
            checked[0]++;
            if (e.eventId() != expectedId[0]) {
                broken[0] = "entry " + expectedId[0] + " is missing (next present entry is " + e.eventId() + ")";
            } else if (!e.previousHash().equals(expectedPrevious[0])) {
                broken[0] = "entry " + e.eventId() + " does not follow the entry before it (previous hash differs)";
            } else if (!hash(e).equals(e.entryHash())) {
                broken[0] = "entry " + e.eventId() + " was changed after it was written (its hash no longer matches)";
            }
            expectedPrevious[0] = e.entryHash();
            expectedId[0]++;
        });
        if (broken[0] == null) {
            Map<String, Object> head = jdbc.queryForMap("SELECT last_event_id, last_hash FROM audit_head WHERE id = 1");
            if (((Number) head.get("last_event_id")).longValue() != expectedId[0] - 1
                    || !head.get("last_hash").equals(expectedPrevious[0])) {
                broken[0] = "the chain ends at entry " + (expectedId[0] - 1) + " but entries up to "
                        + head.get("last_event_id") + " were written (the latest entries were removed)";
            }
        }
        return new Verification(checked[0], Optional.ofNullable(broken[0]));
    }

    static String genesis() {
        return "0".repeat(64);
    }

    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", String.valueOf(e.eventId()), e.occurredAt().toString(),
                nz(e.actor()), nz(e.actorRole()), nz(e.action()), nz(e.subjectType()), nz(e.subjectId()),
                e.runId() == null ? "" : e.runId().toString(), nz(e.reason()), nz(e.details()), e.previousHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String nz(String s) {
        return s == null ? "\u0000" : s;
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long run = rs.getLong("run_id");
        Long runId = rs.wasNull() ? null : run;
        return new AuditEntry(rs.getLong("event_id"), rs.getTimestamp("occurred_at").toLocalDateTime(),
                rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), runId, rs.getString("reason"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
