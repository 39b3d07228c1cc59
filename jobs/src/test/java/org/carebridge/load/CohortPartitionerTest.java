package org.carebridge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CohortPartitionerTest {

    private static final long RUN = 7;
    private static final String INSERT = "INSERT INTO wave_record (run_id, source_system, source_id, person_id,"
            + " wave_code) VALUES ";

    private JdbcTemplate jdbc;

    @BeforeEach
    void aWaveRecordTable() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE wave_record (run_id BIGINT, source_system VARCHAR(10), source_id VARCHAR(40),"
                + " person_id VARCHAR(20), wave_code VARCHAR(20))");
    }

    private void cohortOf(int persons) {
        for (int i = 1; i <= persons; i++) {
            String person = String.format("BC%08d", i);
            jdbc.update(INSERT + "(?, 'COUNCIL', ?, ?, 'W1')", RUN, "c" + i, person);
            if (i % 3 == 0) { // a person with records in both systems is one person, not two
                jdbc.update(INSERT + "(?, 'OXLEAS', ?, ?, 'W1')", RUN, "o" + i, person);
            }
        }
        jdbc.update(INSERT + "(?, 'COUNCIL', 'other', 'BC00000002', 'W1')", RUN + 1);
    }

    @Test
    void everyPersonFallsInExactlyOneRangeAndTheRangesAreNearlyEqual() {
        cohortOf(1001);
        Map<String, ExecutionContext> partitions = new CohortPartitioner(jdbc, RUN).partition(4);
        assertThat(partitions).hasSize(4);
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (ExecutionContext range : partitions.values()) {
            List<String> in = jdbc.queryForList("SELECT DISTINCT person_id FROM wave_record WHERE run_id = ?"
                            + " AND person_id BETWEEN ? AND ? ORDER BY person_id", String.class, RUN,
                    range.getString(CohortPartitioner.FIRST), range.getString(CohortPartitioner.LAST));
            seen.addAll(in);
            sizes.add(in.size());
        }
        assertThat(seen).hasSize(1001).doesNotHaveDuplicates();
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(250, 251));
    }

    @Test
    void aCohortSmallerThanTheGridGetsOneRangePerPerson() {
        cohortOf(2);
        assertThat(new CohortPartitioner(jdbc, RUN).partition(8)).hasSize(2);
    }

    @Test
    void anEmptyCohortGetsOneRangeThatHoldsNobody() {
        Map<String, ExecutionContext> partitions = new CohortPartitioner(jdbc, RUN).partition(4);
        assertThat(partitions).hasSize(1);
        ExecutionContext range = partitions.values().iterator().next();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wave_record WHERE person_id BETWEEN ? AND ?",
                Integer.class, range.getString(CohortPartitioner.FIRST), range.getString(CohortPartitioner.LAST)))
                .isZero();
    }
}
