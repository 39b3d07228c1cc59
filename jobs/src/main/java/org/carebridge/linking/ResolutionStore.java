package org.carebridge.linking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.carebridge.database.BulkInserter;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.stable.IdConflict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The latest run's outcome: {@code identity_run} (one row per run, kept), {@code identity_pair} and
 * {@code identity_conflict} (replaced by every run).
 */
@Repository
class ResolutionStore {

    /** A conflict lists at most this many records; the rest are counted. */
    private static final int LISTED_RECORDS = 100;

    private static final String PAIR_SELECT = "SELECT p.left_system, p.left_id, p.right_system, p.right_id,"
            + " p.decision, p.match_probability, p.match_weight, p.tier, p.evidence, p.run_id,"
            + " l.person_id AS left_person, r.person_id AS right_person FROM identity_pair p"
            + " LEFT JOIN person_identity l ON l.source_system = p.left_system AND l.source_id = p.left_id"
            + " LEFT JOIN person_identity r ON r.source_system = p.right_system AND r.source_id = p.right_id";

    private final JdbcTemplate jdbc;

    ResolutionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void recordRun(ResolutionSummary s, LocalDateTime started, LocalDateTime finished, Long lastDecisionId,
                   String stagedFingerprint) {
        jdbc.update("INSERT INTO identity_run (run_id, started_at, finished_at, council_records, oxleas_records,"
                        + " deleted_excluded, candidate_pairs, cross_matches, cross_reviews, within_matches,"
                        + " within_reviews, new_persons, attached_records, held_records, conflicts, last_decision_id,"
                        + " staged_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.runId(), Timestamp.valueOf(started), Timestamp.valueOf(finished), s.councilRecords(),
                s.oxleasRecords(), s.deletedExcluded(), s.candidatePairs(), s.crossMatches(), s.crossReviews(),
                s.withinMatches(), s.withinReviews(), s.newPersons(), s.attachedRecords(), s.heldRecords(),
                s.conflicts(), lastDecisionId, stagedFingerprint);
    }

    void replacePairs(long runId, List<PairDecision> pairs) {
        jdbc.update("DELETE FROM identity_pair");
        List<Object[]> rows = new ArrayList<>(pairs.size());
        for (PairDecision p : pairs) {
            rows.add(new Object[] {p.left().system().name(), p.left().id(), p.right().system().name(),
                    p.right().id(), p.decision().name(), p.matchProbability(), p.matchWeight(), p.tier().code(),
                    p.evidence(), runId});
        }
        new BulkInserter(jdbc).insert("identity_pair", List.of("left_system", "left_id", "right_system", "right_id",
                "decision", "match_probability", "match_weight", "tier", "evidence", "run_id"), new int[]{Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.VARCHAR,
                Types.VARCHAR, Types.BIGINT}, rows);
    }

    void replaceConflicts(long runId, List<IdConflict> conflicts) {
        jdbc.update("DELETE FROM identity_conflict");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            IdConflict c = conflicts.get(i);
            rows.add(new Object[] {runId, i + 1, c.kind().name(), String.join(" ", c.personIds()),
                    listed(c.records())});
        }
        jdbc.batchUpdate("INSERT INTO identity_conflict (run_id, seq, kind, person_ids, source_records)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
    }

    /** The id of the latest run, the latest decision it honoured and what was staged then, if any run happened. */
    Optional<LatestRun> latestRun() {
        return jdbc.query("SELECT run_id, last_decision_id, staged_fingerprint FROM identity_run ORDER BY run_id DESC"
                + " FETCH FIRST 1 ROWS ONLY", (rs, i) -> {
                    long last = rs.getLong(2);
                    Long lastDecision = rs.wasNull() ? null : last; // wasNull speaks of the column read just before
                    return new LatestRun(rs.getLong(1), lastDecision, rs.getString(3));
                }).stream().findFirst();
    }

    record LatestRun(long runId, Long lastDecisionId, String stagedFingerprint) {
    }

    /** The latest run's pairs with this decision, in record order. */
    List<StoredPairRow> pairs(String decision) {
        return jdbc.query(PAIR_SELECT + " WHERE p.decision = ?", (rs, i) -> row(rs), decision).stream()
                .sorted((a, b) -> {
                    int left = a.left().compareTo(b.left());
                    return left != 0 ? left : a.right().compareTo(b.right());
                }).toList();
    }

    Optional<StoredPairRow> pair(SourceRef a, SourceRef b) {
        SourceRef first = a.compareTo(b) <= 0 ? a : b;
        SourceRef second = first == a ? b : a;
        return jdbc.query(PAIR_SELECT + " WHERE p.left_system = ? AND p.left_id = ? AND p.right_system = ?"
                        + " AND p.right_id = ?", (rs, i) -> row(rs), first.system().name(), first.id(),
                second.system().name(), second.id()).stream().findFirst();
    }

    List<StoredConflict> conflicts() {
        return jdbc.query("SELECT run_id, kind, person_ids, source_records FROM identity_conflict ORDER BY seq",
                (rs, i) -> new StoredConflict(rs.getLong(1), IdConflict.Kind.valueOf(rs.getString(2)),
                        Arrays.asList(rs.getString(3).split(" ")), parseListed(rs.getString(4))));
    }

    /** A row of {@code identity_pair} with the two records' persons. */
    record StoredPairRow(SourceRef left, SourceRef right, String decision, double probability, double weight,
                         String tier, String evidence, long runId, String leftPerson, String rightPerson) {
    }

    private static StoredPairRow row(ResultSet rs) throws SQLException {
        return new StoredPairRow(SourceRecordName.of(rs.getString("left_system"), rs.getString("left_id")),
                SourceRecordName.of(rs.getString("right_system"), rs.getString("right_id")),
                rs.getString("decision"), rs.getDouble("match_probability"), rs.getDouble("match_weight"),
                rs.getString("tier"), rs.getString("evidence"), rs.getLong("run_id"), rs.getString("left_person"),
                rs.getString("right_person"));
    }

    private static String listed(List<SourceRef> records) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(records.size(), LISTED_RECORDS); i++) {
            names.add(SourceRecordName.format(records.get(i)));
        }
        if (records.size() > LISTED_RECORDS) {
            names.add("+" + (records.size() - LISTED_RECORDS));
        }
        return String.join(" ", names);
    }

    private static List<SourceRef> parseListed(String text) {
        List<SourceRef> refs = new ArrayList<>();
        for (String name : text.split(" ")) {
            if (!name.isEmpty() && !name.startsWith("+")) {
                refs.add(SourceRecordName.parse(name));
            }
        }
        return refs;
    }
}
