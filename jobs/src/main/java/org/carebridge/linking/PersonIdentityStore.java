package org.carebridge.linking;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carebridge.database.BulkInserter;
import org.carebridge.identity.person.SourceRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code person_identity}: rows are inserted once and never updated or deleted. */
@Repository
class PersonIdentityStore implements IdentityAssignment {

    private final JdbcTemplate jdbc;

    PersonIdentityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises resolution runs (within the caller's transaction) so that two never mint the same id; the
     * lock holds until the transaction ends.
     */
    void lockForRun() {
        jdbc.queryForList("SELECT id FROM identity_head WHERE id = 1 FOR UPDATE");
    }

    /** The latest run that changed the assignment, or {@code null} before the first. */
    Long lastRunId() {
        return jdbc.queryForObject("SELECT last_run_id FROM identity_head WHERE id = 1", Long.class);
    }

    void markRun(long runId) {
        jdbc.update("UPDATE identity_head SET last_run_id = ? WHERE id = 1", runId);
    }

    @Override
    public Optional<String> personOf(SourceRef record) {
        return jdbc.queryForList("SELECT person_id FROM person_identity WHERE source_system = ? AND source_id = ?",
                String.class, record.system().name(), record.id()).stream().findFirst();
    }

    @Override
    public List<SourceRef> recordsOf(String personId) {
        List<SourceRef> records = new ArrayList<>(jdbc.query(
                "SELECT source_system, source_id FROM person_identity WHERE person_id = ?",
                (rs, i) -> SourceRecordName.of(rs.getString(1), rs.getString(2)), personId));
        records.sort(null);
        return records;
    }

    @Override
    public SortedMap<SourceRef, String> snapshot() {
        SortedMap<SourceRef, String> all = new TreeMap<>();
        jdbc.query("SELECT source_system, source_id, person_id FROM person_identity", rs -> {
            all.put(SourceRecordName.of(rs.getString(1), rs.getString(2)), rs.getString(3));
        });
        return all;
    }

    /** Inserts new assignments; a record that already has a person makes the insert fail (primary key). */
    void insert(SortedMap<SourceRef, String> rows, long runId, LocalDateTime at) {
        List<Object[]> batch = new ArrayList<>(rows.size());
        Timestamp when = Timestamp.valueOf(at);
        for (Map.Entry<SourceRef, String> e : rows.entrySet()) {
            batch.add(new Object[] {e.getKey().system().name(), e.getKey().id(), e.getValue(), runId, when});
        }
        new BulkInserter(jdbc).insert("person_identity", List.of("source_system", "source_id", "person_id",
                "assigned_run_id", "assigned_at"), new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
                Types.TIMESTAMP}, batch);
    }
}
