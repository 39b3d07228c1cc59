package org.carebridge.merged;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The merged model's tables as code: columns in order with their SQL types, and the key. It must agree with
 * {@code db/merged/merged-model.yaml} (checked on PostgreSQL by MergeWriterOnPostgresTest). Tables a wave owns carry
 * {@code wave_code}; every table carries {@code row_hash} except where noted.
 */
public enum MergedTable {

    TEAM(false, List.of("team_code"),
            col("team_code", Types.VARCHAR), col("name", Types.VARCHAR), col("locality", Types.VARCHAR),
            col("service_lines", Types.VARCHAR), col("clinical_lead", Types.VARCHAR)),
    WORKER(false, List.of("worker_id"),
            col("worker_id", Types.VARCHAR), col("team_code", Types.VARCHAR), col("role", Types.VARCHAR),
            col("competencies", Types.VARCHAR), col("capacity_points", Types.INTEGER), col("languages", Types.VARCHAR),
            col("gender", Types.VARCHAR), col("available_from", Types.DATE), col("leaving_date", Types.DATE),
            col("legacy_system", Types.VARCHAR), col("legacy_worker_id", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    PERSON(true, List.of("person_id"),
            col("person_id", Types.VARCHAR), col("nhs_number", Types.VARCHAR), col("nhs_number_verified", Types.BOOLEAN),
            col("title", Types.VARCHAR), col("forename", Types.VARCHAR), col("middle_names", Types.VARCHAR),
            col("surname", Types.VARCHAR), col("preferred_name", Types.VARCHAR), col("date_of_birth", Types.DATE),
            col("date_of_death", Types.DATE), col("gender", Types.VARCHAR), col("ethnic_category", Types.VARCHAR),
            col("language", Types.VARCHAR), col("locality", Types.VARCHAR),
            col("primary_support_reason", Types.VARCHAR), col("open_client", Types.BOOLEAN),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    PERSON_SOURCE_LINK(true, List.of("source_system", "source_id"),
            col("source_system", Types.VARCHAR), col("source_id", Types.VARCHAR), col("person_id", Types.VARCHAR),
            col("link_kind", Types.VARCHAR), col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    PERSON_ADDRESS(true, List.of("person_id"),
            col("person_id", Types.VARCHAR), col("line_1", Types.VARCHAR), col("line_2", Types.VARCHAR),
            col("line_3", Types.VARCHAR), col("postcode", Types.VARCHAR), col("source_system", Types.VARCHAR),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    LEAD_WORKER(true, List.of("person_id"),
            col("person_id", Types.VARCHAR), col("worker_id", Types.VARCHAR), col("team_code", Types.VARCHAR),
            col("basis", Types.VARCHAR), col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    CARE_PACKAGE(true, List.of("package_id"),
            col("package_id", Types.VARCHAR), col("person_id", Types.VARCHAR), col("service_type", Types.VARCHAR),
            col("service_component", Types.VARCHAR), col("delivery_mechanism", Types.VARCHAR),
            col("provider_cqc_location_id", Types.VARCHAR), col("provider_name", Types.VARCHAR),
            col("start_date", Types.DATE), col("end_date", Types.DATE), col("unit_cost", Types.DECIMAL),
            col("cost_frequency", Types.VARCHAR), col("planned_units_per_week", Types.DECIMAL),
            col("weekly_cost", Types.DECIMAL), col("status", Types.VARCHAR), col("read_only", Types.BOOLEAN),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    REFERRAL(true, List.of("referral_id"),
            col("referral_id", Types.VARCHAR), col("person_id", Types.VARCHAR), col("received_date", Types.DATE),
            col("source_of_referral", Types.VARCHAR), col("primary_reason", Types.VARCHAR),
            col("discharge_date", Types.DATE), col("legacy_team", Types.VARCHAR), col("team_type", Types.VARCHAR),
            col("status", Types.VARCHAR), col("read_only", Types.BOOLEAN), col("wave_code", Types.VARCHAR),
            col("row_hash", Types.VARCHAR)),
    EPISODE(true, List.of("episode_id"),
            col("episode_id", Types.VARCHAR), col("person_id", Types.VARCHAR), col("start_date", Types.DATE),
            col("end_date", Types.DATE), col("status", Types.VARCHAR), col("read_only", Types.BOOLEAN),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    EVENT(true, List.of("event_id"),
            col("event_id", Types.VARCHAR), col("person_id", Types.VARCHAR), col("event_type", Types.VARCHAR),
            col("start_date", Types.DATE), col("end_date", Types.DATE), col("outcome", Types.VARCHAR),
            col("worker_id", Types.VARCHAR), col("legacy_worker_id", Types.VARCHAR),
            col("next_review_due", Types.DATE), col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    REVIEW_DUE(true, List.of("person_id"),
            col("person_id", Types.VARCHAR), col("due_date", Types.DATE), col("source_event_id", Types.VARCHAR),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    WORKER_RELATIONSHIP(true, List.of("source_system", "source_key"),
            col("source_system", Types.VARCHAR), col("source_key", Types.VARCHAR), col("person_id", Types.VARCHAR),
            col("relationship", Types.VARCHAR), col("legacy_worker_id", Types.VARCHAR), col("worker_id", Types.VARCHAR),
            col("legacy_team", Types.VARCHAR), col("start_date", Types.DATE), col("end_date", Types.DATE),
            col("read_only", Types.BOOLEAN), col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    CASE_NOTE(true, List.of("note_id"),
            col("note_id", Types.VARCHAR), col("person_id", Types.VARCHAR), col("worker_id", Types.VARCHAR),
            col("legacy_worker_id", Types.VARCHAR), col("note_date", Types.TIMESTAMP), col("note_type", Types.VARCHAR),
            col("note_text", Types.VARCHAR), col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    CONTACT(true, List.of("contact_id"),
            col("contact_id", Types.VARCHAR), col("person_id", Types.VARCHAR), col("referral_id", Types.VARCHAR),
            col("legacy_team", Types.VARCHAR), col("worker_id", Types.VARCHAR), col("legacy_worker_id", Types.VARCHAR),
            col("contact_date", Types.DATE), col("outcome", Types.VARCHAR), col("mechanism", Types.VARCHAR),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR)),
    RISK_FLAG(true, List.of("source_key"),
            col("source_key", Types.VARCHAR), col("person_id", Types.VARCHAR), col("flag_type", Types.VARCHAR),
            col("start_date", Types.DATE), col("end_date", Types.DATE), col("wave_code", Types.VARCHAR),
            col("row_hash", Types.VARCHAR)),
    LOAD_EXCLUSION(true, List.of("source_table", "source_key"),
            col("source_table", Types.VARCHAR), col("source_key", Types.VARCHAR), col("reason", Types.VARCHAR),
            col("wave_code", Types.VARCHAR), col("row_hash", Types.VARCHAR));

    /** One column and its JDBC type. */
    public record Col(String name, int sqlType) {
    }

    private final boolean waveOwned;
    private final List<String> key;
    private final List<Col> columns;

    MergedTable(boolean waveOwned, List<String> key, Col... columns) {
        this.waveOwned = waveOwned;
        this.key = key;
        this.columns = List.of(columns);
    }

    private static Col col(String name, int type) {
        return new Col(name, type);
    }

    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether rows belong to the wave that loaded them (and leave with it on rollback). */
    public boolean waveOwned() {
        return waveOwned;
    }

    public List<String> key() {
        return key;
    }

    public List<Col> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Col::name).toList();
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(this + " has no column " + column);
    }

    public boolean hasRowHash() {
        return columns.stream().anyMatch(c -> c.name().equals("row_hash"));
    }

    /** Wave-owned tables in the order a rollback deletes them (children before parents). */
    /** Every table of the merged model as qualified names in {@code schema}. */
    public static List<String> tableNamesIn(String schema) {
        return java.util.Arrays.stream(values()).map(t -> schema + "." + t.tableName()).toList();
    }

    public static List<MergedTable> waveOwnedForDeletion() {
        List<MergedTable> owned = new ArrayList<>(Arrays.stream(values()).filter(MergedTable::waveOwned).toList());
        Collections.reverse(owned);
        return owned;
    }
}
