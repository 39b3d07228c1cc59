package org.carebridge.legacy;

import static org.carebridge.legacy.Column.date;
import static org.carebridge.legacy.Column.decimal;
import static org.carebridge.legacy.Column.integer;
import static org.carebridge.legacy.Column.longText;
import static org.carebridge.legacy.Column.text;
import static org.carebridge.legacy.Column.timestamp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every table of the legacy interface agreement ({@code shared/spec/legacy-formats.md}), with its
 * columns in the agreement's order. This is the one place the agreement's layouts live in code:
 * readers, the generator, staging and reconciliation all take their column lists from here.
 */
public enum SourceTable {

    COUNCIL_CLIENTS(SourceSystem.COUNCIL, "CLIENTS", "stg_council_clients", true, List.of("CLIENT_ID"),
            integer("CLIENT_ID", 10), text("NHS_NUMBER", 14), text("NHS_NUMBER_STATUS", 2), text("TITLE", 10),
            text("FORENAME", 60), text("MIDDLE_NAMES", 100), text("SURNAME", 60), text("PREFERRED_NAME", 60),
            date("DATE_OF_BIRTH"), date("DATE_OF_DEATH"), text("GENDER", 1), text("ETHNICITY", 4),
            text("ADDRESS_LINE_1", 100), text("ADDRESS_LINE_2", 100), text("ADDRESS_LINE_3", 100),
            text("POSTCODE", 10), text("PRIMARY_SUPPORT_REASON", 100), text("RECORD_STATUS", 1),
            integer("MERGED_INTO_CLIENT_ID", 10), timestamp("LAST_UPDATED")),

    COUNCIL_TEAMS(SourceSystem.COUNCIL, "TEAMS", "stg_council_teams", true, List.of("TEAM_CODE"),
            text("TEAM_CODE", 10), text("TEAM_NAME", 100), text("SERVICE_AREA", 4), text("LOCALITY", 10),
            text("ACTIVE", 1)),

    COUNCIL_WORKERS(SourceSystem.COUNCIL, "WORKERS", "stg_council_workers", true, List.of("WORKER_ID"),
            integer("WORKER_ID", 10), text("FORENAME", 60), text("SURNAME", 60), text("ROLE", 4),
            text("TEAM_CODE", 10), decimal("FTE", 3), text("ACTIVE", 1)),

    COUNCIL_ALLOCATIONS(SourceSystem.COUNCIL, "ALLOCATIONS", "stg_council_allocations", true,
            List.of("ALLOCATION_ID"),
            integer("ALLOCATION_ID", 12), integer("CLIENT_ID", 10), integer("WORKER_ID", 10),
            text("TEAM_CODE", 10), text("ALLOCATION_ROLE", 12), date("START_DATE"), date("END_DATE")),

    COUNCIL_SERVICES(SourceSystem.COUNCIL, "SERVICES", "stg_council_services", true, List.of("SERVICE_ID"),
            integer("SERVICE_ID", 12), integer("CLIENT_ID", 10), text("SERVICE_TYPE", 100),
            text("SERVICE_COMPONENT", 100), text("DELIVERY_MECHANISM", 60), text("PROVIDER_CQC_LOCATION_ID", 12),
            text("PROVIDER_NAME", 100), date("START_DATE"), date("END_DATE"), decimal("UNIT_COST", 10),
            text("COST_FREQUENCY", 20), decimal("PLANNED_UNITS_PER_WEEK", 7)),

    COUNCIL_EVENTS(SourceSystem.COUNCIL, "EVENTS", "stg_council_events", true, List.of("EVENT_ID"),
            integer("EVENT_ID", 12), integer("CLIENT_ID", 10), text("EVENT_TYPE", 12), date("EVENT_START_DATE"),
            date("EVENT_END_DATE"), text("EVENT_OUTCOME", 120), integer("WORKER_ID", 10),
            date("NEXT_REVIEW_DUE")),

    COUNCIL_CASE_NOTES(SourceSystem.COUNCIL, "CASE_NOTES", "stg_council_case_notes", true, List.of("NOTE_ID"),
            integer("NOTE_ID", 14), integer("CLIENT_ID", 10), integer("WORKER_ID", 10), timestamp("NOTE_DATE"),
            text("NOTE_TYPE", 20), longText("NOTE_TEXT", 32_000)),

    OXLEAS_PATIENTS(SourceSystem.OXLEAS, "MHS001MPI", "stg_oxleas_patients", true, List.of("LocalPatientId"),
            text("LocalPatientId", 20), text("NHSNumber", 14), text("NHSNumberStatus", 2),
            text("PersonGivenName", 60), text("PersonFamilyName", 60), date("PersonBirthDate"), text("Gender", 1),
            text("EthnicCategory", 2), text("Postcode", 10), text("LanguageCodePreferred", 10),
            date("PersDeathDate")),

    OXLEAS_REFERRALS(SourceSystem.OXLEAS, "MHS101Referral", "stg_oxleas_referrals", true,
            List.of("ServiceRequestId"),
            text("ServiceRequestId", 20), text("LocalPatientId", 20), date("ReferralRequestReceivedDate"),
            text("SourceOfReferralMH", 3), text("PrimReasonReferralMH", 2), date("ServDischDate")),

    OXLEAS_REFERRAL_TEAMS(SourceSystem.OXLEAS, "MHS102ServiceTypeReferredTo", "stg_oxleas_referral_teams", false,
            List.of("ServiceRequestId", "CareProfTeamLocalId"),
            text("ServiceRequestId", 20), text("CareProfTeamLocalId", 20), text("ServTeamTypeRefToMH", 3),
            date("ReferClosureDate"), date("ReferRejectionDate")),

    OXLEAS_CARE_COORDINATORS(SourceSystem.OXLEAS, "MHS006MHCareCoord", "stg_oxleas_care_coordinators", false,
            List.of("LocalPatientId", "CareProfLocalId", "StartDateAssCareCoord"),
            text("LocalPatientId", 20), text("CareProfLocalId", 20), text("CareProfServOrTeamTypeAssoc", 3),
            date("StartDateAssCareCoord"), date("EndDateAssCareCoord")),

    OXLEAS_CPA_EPISODES(SourceSystem.OXLEAS, "MHS701CPACareEpisode", "stg_oxleas_cpa_episodes", true,
            List.of("CPAEpisodeId"),
            text("CPAEpisodeId", 20), text("LocalPatientId", 20), date("StartDateCPA"), date("EndDateCPA")),

    OXLEAS_CONTACTS(SourceSystem.OXLEAS, "MHS201CareContact", "stg_oxleas_contacts", true, List.of("CareContactId"),
            text("CareContactId", 20), text("ServiceRequestId", 20), text("CareProfTeamLocalId", 20),
            text("CareProfLocalId", 20), date("CareContDate"), text("AttendOrDNACode", 1),
            text("ConsMechanismMH", 2)),

    OXLEAS_STAFF(SourceSystem.OXLEAS, "MHS901StaffDetails", "stg_oxleas_staff", true, List.of("CareProfLocalId"),
            text("CareProfLocalId", 20), text("CareProfStaffGpMH", 3), text("CareProfJobRoleCode", 10),
            text("ProfRegBodyCode", 2), text("ProfRegEntryId", 20), text("GivenName", 60), text("FamilyName", 60),
            text("CareProfTeamLocalId", 20), decimal("FTE", 3), text("IsAMHP", 1)),

    OXLEAS_TEAMS(SourceSystem.OXLEAS, "MHS902ServiceTeamDetails", "stg_oxleas_teams", true,
            List.of("CareProfTeamLocalId"),
            text("CareProfTeamLocalId", 20), text("ServTeamTypeMH", 3), text("TeamName", 100),
            text("Locality", 10)),

    OXLEAS_RISK_FLAGS(SourceSystem.OXLEAS, "RiskFlags", "stg_oxleas_risk_flags", false,
            List.of("LocalPatientId", "FlagType", "StartDate"),
            text("LocalPatientId", 20), text("FlagType", 20), date("StartDate"), date("EndDate")),

    WORKFORCE_PLAN(SourceSystem.WORKFORCE, "workforce", "stg_workforce", true, List.of("merged_worker_id"),
            text("merged_worker_id", 10), text("legacy_system", 10), text("legacy_worker_id", 20),
            text("merged_team_code", 10), text("role", 20), text("competencies", 200),
            integer("capacity_points", 4), text("languages", 100), text("gender", 1), date("available_from"),
            date("leaving_date"));

    private final SourceSystem system;
    private final String tableName;
    private final String stagingTable;
    private final boolean keyUnique;
    private final List<String> keyColumns;
    private final List<Column> columns;

    SourceTable(SourceSystem system, String tableName, String stagingTable, boolean keyUnique,
                List<String> keyColumns, Column... columns) {
        this.system = system;
        this.tableName = tableName;
        this.stagingTable = stagingTable;
        this.keyUnique = keyUnique;
        this.keyColumns = keyColumns;
        this.columns = List.of(columns);
    }

    public SourceSystem system() {
        return system;
    }

    /** The table's name in the agreement: the Oracle table, or the CSV file's name without {@code .csv}. */
    public String tableName() {
        return tableName;
    }

    /** The file that holds this table in a CSV bundle. */
    public String fileName() {
        return tableName + ".csv";
    }

    /** Carebridge's staging table for this source table. */
    public String stagingTable() {
        return stagingTable;
    }

    /**
     * Whether {@link #keyColumns()} is the agreement's primary key. Tables without one (care coordinator
     * assignments, referral teams, risk flags) get a descriptive key that names a row but may repeat.
     */
    public boolean keyUnique() {
        return keyUnique;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    public List<Column> columns() {
        return columns;
    }

    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(tableName + " has no column " + columnName);
    }

    public Column column(String columnName) {
        return columns.get(indexOf(columnName));
    }

    /** The tables one source system supplies, in the agreement's order. */
    public static List<SourceTable> of(SourceSystem system) {
        return Arrays.stream(values()).filter(t -> t.system == system).toList();
    }

    public static Optional<SourceTable> byName(SourceSystem system, String tableName) {
        return Arrays.stream(values()).filter(t -> t.system == system && t.tableName.equals(tableName)).findFirst();
    }
}
