package org.carebridge.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits a wave run's cohort into contiguous ranges of person id, one per partition, of near-equal size. Each range
 * is loaded, restarted and counted on its own; a person is in exactly one range, so partitions never write the same
 * row.
 */
class CohortPartitioner implements Partitioner {

    static final String FIRST = "person.first";
    static final String LAST = "person.last";

    private final JdbcTemplate jdbc;
    private final long runId;

    CohortPartitioner(JdbcTemplate jdbc, long runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> persons = jdbc.queryForList("SELECT DISTINCT person_id FROM wave_record WHERE run_id = ?"
                + " ORDER BY person_id", String.class, runId);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int parts = Math.max(1, Math.min(gridSize, persons.size()));
        for (int i = 0; i < parts; i++) {
            int from = (int) ((long) persons.size() * i / parts);
            int to = (int) ((long) persons.size() * (i + 1) / parts) - 1;
            ExecutionContext context = new ExecutionContext();
            // An empty cohort still gets one partition, with a range no person id falls in.
            context.putString(FIRST, persons.isEmpty() ? "" : persons.get(from));
            context.putString(LAST, persons.isEmpty() ? "" : persons.get(to));
            partitions.put("persons" + i, context);
        }
        return partitions;
    }
}
