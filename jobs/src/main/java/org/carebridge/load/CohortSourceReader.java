package org.carebridge.load;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carebridge.database.StreamingQuery;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads everything staged about a batch of merged persons in a dozen set queries (by the batch's council client ids,
 * Oxleas patient ids and referral ids), never one query per person.
 */
public class CohortSourceReader {

    private final NamedParameterJdbcTemplate jdbc;

    public CohortSourceReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands over the persons of a planned cohort (by wave run) with their source records, in person order, at most
     * {@code batchSize} persons at a time. The cohort is streamed, never held whole (a wave of a large borough's
     * mental-health services is over half a million people).
     */
    public void cohortInBatches(long waveRunId, int batchSize, Consumer<Map<String, List<SourceRef>>> batchAction) {
        Map<String, List<SourceRef>> batch = new LinkedHashMap<>();
        String[] last = {null};
        StreamingQuery.forEachRow(jdbc.getJdbcTemplate().getDataSource(), "SELECT person_id, source_system, source_id"
                + " FROM wave_record WHERE run_id = ? ORDER BY person_id, source_system, source_id", rs -> {
                    String person = rs.getString(1);
                    if (!person.equals(last[0]) && batch.size() == batchSize) {
                        batchAction.accept(new LinkedHashMap<>(batch));
                        batch.clear();
                    }
                    last[0] = person;
                    batch.computeIfAbsent(person, p -> new ArrayList<>())
                            .add(new SourceRef(SourceSystem.valueOf(rs.getString(2)), rs.getString(3)));
                }, waveRunId);
        if (!batch.isEmpty()) {
            batchAction.accept(batch);
        }
    }

    public Map<String, PersonSources> read(Map<String, List<SourceRef>> persons) {
        return read(persons, true);
    }

    /**
     * @param highVolume also read case notes and contacts (not needed to decide lead workers, open clients or
     *                   handover needs)
     */
    public Map<String, PersonSources> read(Map<String, List<SourceRef>> persons, boolean highVolume) {
        Map<Long, String> personOfClient = new HashMap<>();
        Map<String, String> personOfPatient = new HashMap<>();
        persons.forEach((person, records) -> records.forEach(ref -> {
            if (ref.system() == SourceSystem.COUNCIL) {
                personOfClient.put(Long.parseLong(ref.id()), person);
            } else if (ref.system() == SourceSystem.OXLEAS) {
                personOfPatient.put(ref.id(), person);
            }
        }));
        Map<String, Map<SourceTable, List<StagedRow>>> rows = new LinkedHashMap<>();
        persons.keySet().forEach(p -> rows.put(p, new HashMap<>()));

        Set<Long> clients = personOfClient.keySet();
        collect(rows, SourceTable.COUNCIL_CLIENTS, "client_id", clients, r -> personOfClient.get(((Number) r.get("client_id")).longValue()));
        List<SourceTable> councilChildren = highVolume
                ? List.of(SourceTable.COUNCIL_ALLOCATIONS, SourceTable.COUNCIL_SERVICES, SourceTable.COUNCIL_EVENTS,
                SourceTable.COUNCIL_CASE_NOTES)
                : List.of(SourceTable.COUNCIL_ALLOCATIONS, SourceTable.COUNCIL_SERVICES, SourceTable.COUNCIL_EVENTS);
        for (SourceTable child : councilChildren) {
            collect(rows, child, "client_id", clients, r -> personOfClient.get(((Number) r.get("client_id")).longValue()));
        }
        Set<String> patients = personOfPatient.keySet();
        for (SourceTable table : List.of(SourceTable.OXLEAS_PATIENTS, SourceTable.OXLEAS_REFERRALS,
                SourceTable.OXLEAS_CARE_COORDINATORS, SourceTable.OXLEAS_CPA_EPISODES, SourceTable.OXLEAS_RISK_FLAGS)) {
            collect(rows, table, "local_patient_id", patients, r -> personOfPatient.get(r.text("local_patient_id")));
        }
        Map<String, String> personOfReferral = new HashMap<>();
        rows.forEach((person, tables) -> tables.getOrDefault(SourceTable.OXLEAS_REFERRALS, List.of())
                .forEach(r -> personOfReferral.put(r.text("service_request_id"), person)));
        for (SourceTable table : highVolume ? List.of(SourceTable.OXLEAS_REFERRAL_TEAMS, SourceTable.OXLEAS_CONTACTS)
                : List.of(SourceTable.OXLEAS_REFERRAL_TEAMS)) {
            collect(rows, table, "service_request_id", personOfReferral.keySet(),
                    r -> personOfReferral.get(r.text("service_request_id")));
        }
        Map<String, PersonSources> result = new LinkedHashMap<>();
        rows.forEach((person, t) -> result.put(person, new PersonSources(person,
                list(t, SourceTable.COUNCIL_CLIENTS), list(t, SourceTable.COUNCIL_ALLOCATIONS),
                list(t, SourceTable.COUNCIL_SERVICES), list(t, SourceTable.COUNCIL_EVENTS),
                list(t, SourceTable.COUNCIL_CASE_NOTES), list(t, SourceTable.OXLEAS_PATIENTS),
                list(t, SourceTable.OXLEAS_REFERRALS), list(t, SourceTable.OXLEAS_REFERRAL_TEAMS),
                list(t, SourceTable.OXLEAS_CARE_COORDINATORS), list(t, SourceTable.OXLEAS_CPA_EPISODES),
                list(t, SourceTable.OXLEAS_CONTACTS), list(t, SourceTable.OXLEAS_RISK_FLAGS))));
        return result;
    }

    private static List<StagedRow> list(Map<SourceTable, List<StagedRow>> tables, SourceTable table) {
        return tables.getOrDefault(table, List.of());
    }

    private void collect(Map<String, Map<SourceTable, List<StagedRow>>> rows, SourceTable table, String column,
                         Collection<?> ids, Function<StagedRow, String> personOf) {
        if (ids.isEmpty()) {
            return;
        }
        for (List<?> slice : slices(new ArrayList<>(ids), 1000)) {
            Columns[] columns = new Columns[1];
            jdbc.query("SELECT * FROM " + table.stagingTable() + " WHERE " + column + " IN (:ids) ORDER BY row_no",
                    Map.of("ids", slice), (ResultSet rs) -> {
                        if (columns[0] == null) {
                            columns[0] = columns(rs);
                        }
                        StagedRow row = new StagedRow(table, columns[0].positions(), values(rs, columns[0]));
                        String person = personOf.apply(row);
                        if (person != null) {
                            rows.get(person).computeIfAbsent(table, t -> new ArrayList<>()).add(row);
                        }
                    });
        }
    }

    /** Column labels and types once per query, not once per row: this runs for every staged row of a wave. */
    private record Columns(Map<String, Integer> positions, Class<?>[] javaTime) {
    }

    private static Columns columns(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> positions = new HashMap<>();
        Class<?>[] javaTime = new Class<?>[meta.getColumnCount()];
        for (int i = 0; i < javaTime.length; i++) {
            positions.put(meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT), i);
            javaTime[i] = switch (meta.getColumnType(i + 1)) {
                case Types.DATE -> LocalDate.class;
                case Types.TIMESTAMP -> LocalDateTime.class;
                default -> null;
            };
        }
        return new Columns(Map.copyOf(positions), javaTime);
    }

    /**
     * Dates and times as java.time values: {@code getObject} would give {@code java.sql} ones, made through the JVM's
     * time zone, where a time in the hour that summer time skips (01:30 on the last Sunday of March, in London)
     * comes back an hour later.
     */
    private static Object[] values(ResultSet rs, Columns columns) throws SQLException {
        Class<?>[] javaTime = columns.javaTime();
        Object[] values = new Object[javaTime.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = javaTime[i] == null ? rs.getObject(i + 1) : rs.getObject(i + 1, javaTime[i]);
        }
        return values;
    }

    private static <T> List<List<T>> slices(List<T> all, int size) {
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            slices.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return slices.stream().collect(Collectors.toList());
    }
}
