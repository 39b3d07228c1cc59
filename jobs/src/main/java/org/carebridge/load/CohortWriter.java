package org.carebridge.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.merged.MergeWriter;
import org.carebridge.merged.MergedTable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Loads a chunk of the cohort: reads everything staged about the chunk's persons in a few set queries, transforms
 * each person, and merges the rows into the target schema table by table.
 */
public class CohortWriter implements ItemWriter<String> {

    private final NamedParameterJdbcTemplate jdbc;
    private final MergeWriter merge;
    private final long runId;
    private final String schema;
    private final Supplier<LoadContext> context;
    private PersonTransform transform;

    public CohortWriter(NamedParameterJdbcTemplate jdbc, MergeWriter merge, long runId, String schema,
                        Supplier<LoadContext> context) {
        this.jdbc = jdbc;
        this.merge = merge;
        this.runId = runId;
        this.schema = schema;
        this.context = context;
    }

    @Override
    public void write(Chunk<? extends String> chunk) {
        if (transform == null) {
            transform = new PersonTransform(context.get());
        }
        Map<String, List<SourceRef>> persons = recordsOf(new ArrayList<>(chunk.getItems()));
        Map<MergedTable, List<Object[]>> rows = new EnumMap<>(MergedTable.class);
        new CohortSourceReader(jdbc).read(persons).values().forEach(sources -> transform.transform(sources).rows()
                .forEach((table, list) -> rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(list)));
        rows.forEach((table, list) -> merge.write(schema, table, list));
    }

    private Map<String, List<SourceRef>> recordsOf(List<String> personIds) {
        Map<String, List<SourceRef>> persons = new LinkedHashMap<>();
        personIds.forEach(p -> persons.put(p, new ArrayList<>()));
        jdbc.query("SELECT person_id, source_system, source_id FROM wave_record WHERE run_id = :run AND person_id IN (:ids)"
                        + " ORDER BY person_id, source_system, source_id", Map.of("run", runId, "ids", personIds),
                rs -> {
                    persons.get(rs.getString(1)).add(new SourceRef(SourceSystem.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return persons;
    }
}
