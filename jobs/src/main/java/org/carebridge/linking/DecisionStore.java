package org.carebridge.linking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.ClericalDecision;
import org.carebridge.identity.review.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code identity_decision}: append-only; for each pair the most recently recorded decision stands. */
@Repository
class DecisionStore {

    private static final String COLUMNS = "decision_id, left_system, left_id, right_system, right_id, verdict,"
            + " decided_by, decided_at, reason";

    private final JdbcTemplate jdbc;

    DecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ClericalDecision d, String reason) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("INSERT INTO identity_decision (left_system, left_id,"
                    + " right_system, right_id, verdict, decided_by, decided_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"decision_id"});
            s.setString(1, d.first().system().name());
            s.setString(2, d.first().id());
            s.setString(3, d.second().system().name());
            s.setString(4, d.second().id());
            s.setString(5, d.verdict().name());
            s.setString(6, d.decidedBy());
            s.setTimestamp(7, Timestamp.from(d.decidedAt()));
            s.setString(8, reason);
            return s;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** The decision standing for each pair (the latest recorded), in pair order. */
    List<RecordedDecision> standing() {
        Map<List<SourceRef>, RecordedDecision> latest = new TreeMap<>((a, b) -> {
            int first = a.get(0).compareTo(b.get(0));
            return first != 0 ? first : a.get(1).compareTo(b.get(1));
        });
        jdbc.query("SELECT " + COLUMNS + " FROM identity_decision ORDER BY decision_id", rs -> {
            RecordedDecision d = decision(rs);
            latest.put(List.of(d.decision().first(), d.decision().second()), d);
        });
        return new ArrayList<>(latest.values());
    }

    /** The latest decision about two records, whichever order they are given in. */
    Optional<RecordedDecision> latestAbout(SourceRef a, SourceRef b) {
        SourceRef first = a.compareTo(b) <= 0 ? a : b;
        SourceRef second = first == a ? b : a;
        return jdbc.query("SELECT " + COLUMNS + " FROM identity_decision WHERE left_system = ? AND left_id = ?"
                        + " AND right_system = ? AND right_id = ? ORDER BY decision_id DESC",
                (rs, i) -> decision(rs), first.system().name(), first.id(), second.system().name(), second.id())
                .stream().findFirst();
    }

    /** Decisions recorded after {@code decisionId}, latest per pair, in pair order. */
    List<RecordedDecision> recordedAfter(Long decisionId) {
        long after = decisionId == null ? 0 : decisionId;
        return standing().stream().filter(d -> d.decisionId() > after).toList();
    }

    Long latestId() {
        return jdbc.queryForObject("SELECT MAX(decision_id) FROM identity_decision", Long.class);
    }

    private static RecordedDecision decision(ResultSet rs) throws SQLException {
        SourceRef left = SourceRecordName.of(rs.getString("left_system"), rs.getString("left_id"));
        SourceRef right = SourceRecordName.of(rs.getString("right_system"), rs.getString("right_id"));
        ClericalDecision d = new ClericalDecision(left, right, Verdict.valueOf(rs.getString("verdict")),
                rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
        return new RecordedDecision(rs.getLong("decision_id"), d, rs.getString("reason"));
    }
}
