package org.carebridge.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.mappings.MappingTableSpec;
import org.carebridge.reconciliation.compare.CanonicalRowHasher;
import org.carebridge.reconciliation.compare.RowHash;

/** The migrated entities reconciliation compares row by row, each with its two sides' field lists side by side. */
final class Entities {

    private Entities() {
    }

    static List<EntityComparison> all() {
        return List.of(new CarePackages(), new Referrals(), new Episodes(), new Events(), new Allocations(),
                new CareCoordinators(), new CaseNotes(), new Contacts(), new RiskFlags());
    }

    /** As java.time, not through {@code java.sql.Date} and the JVM's time zone (and a Calendar per value). */
    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * As java.time: through {@code java.sql.Timestamp}, a time in the hour that summer time skips (01:30 on the
     * last Sunday of March, in London) came back an hour later and would not match its source.
     */
    static LocalDateTime timestamp(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    static String text(ParsedRow row, String column) {
        Object v = row.value(column);
        return v == null ? null : v.toString();
    }

    static LocalDate date(ParsedRow row, String column) {
        return (LocalDate) row.value(column);
    }

    /** Council SERVICES → care_package: mapped codes, weekly cost and status by the agreement's rules. */
    static final class CarePackages implements EntityComparison {
        public String id() { return "row-care-packages"; }
        public SourceTable sourceTable() { return SourceTable.COUNCIL_SERVICES; }
        public String mergedTable() { return "care_package"; }
        public String person(ParsedRow row, SourceIndex index) { return index.councilPerson(row.value("CLIENT_ID")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            LocalDate end = date(r, "END_DATE");
            return new CanonicalRowHasher().text(person)
                    .text(e.map(MappingTableSpec.SERVICE_TYPE, text(r, "SERVICE_TYPE")))
                    .text(e.map(MappingTableSpec.SERVICE_COMPONENT, text(r, "SERVICE_COMPONENT")))
                    .text(e.map(MappingTableSpec.DELIVERY_MECHANISM, text(r, "DELIVERY_MECHANISM")))
                    .text(text(r, "PROVIDER_CQC_LOCATION_ID")).text(text(r, "PROVIDER_NAME"))
                    .date(date(r, "START_DATE")).date(end).decimal((BigDecimal) r.value("UNIT_COST"))
                    .text(e.map(MappingTableSpec.COST_FREQUENCY, text(r, "COST_FREQUENCY")))
                    .decimal((BigDecimal) r.value("PLANNED_UNITS_PER_WEEK"))
                    .decimal(e.weeklyCost((BigDecimal) r.value("UNIT_COST"), text(r, "COST_FREQUENCY"),
                            (BigDecimal) r.value("PLANNED_UNITS_PER_WEEK")))
                    .text(e.openAtCutover(end) ? "OPEN" : "CLOSED").hash();
        }

        public String targetSql(String schema) {
            return "SELECT package_id AS row_key, person_id, service_type, service_component, delivery_mechanism,"
                    + " provider_cqc_location_id, provider_name, start_date, end_date, unit_cost, cost_frequency,"
                    + " planned_units_per_week, weekly_cost, status FROM " + schema + ".care_package";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("service_type"))
                    .text(rs.getString("service_component")).text(rs.getString("delivery_mechanism"))
                    .text(rs.getString("provider_cqc_location_id")).text(rs.getString("provider_name"))
                    .date(date(rs, "start_date")).date(date(rs, "end_date")).decimal(rs.getBigDecimal("unit_cost"))
                    .text(rs.getString("cost_frequency")).decimal(rs.getBigDecimal("planned_units_per_week"))
                    .decimal(rs.getBigDecimal("weekly_cost")).text(rs.getString("status")).hash();
        }
    }

    /** Oxleas MHS101 → referral. */
    static final class Referrals implements EntityComparison {
        public String id() { return "row-referrals"; }
        public SourceTable sourceTable() { return SourceTable.OXLEAS_REFERRALS; }
        public String mergedTable() { return "referral"; }
        public String person(ParsedRow row, SourceIndex index) { return index.oxleasPerson(row.value("LocalPatientId")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).date(date(r, "ReferralRequestReceivedDate"))
                    .text(text(r, "SourceOfReferralMH")).text(text(r, "PrimReasonReferralMH"))
                    .date(date(r, "ServDischDate")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT referral_id AS row_key, person_id, received_date, source_of_referral, primary_reason,"
                    + " discharge_date FROM " + schema + ".referral";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).date(date(rs, "received_date"))
                    .text(rs.getString("source_of_referral")).text(rs.getString("primary_reason"))
                    .date(date(rs, "discharge_date")).hash();
        }
    }

    /** Oxleas MHS701 → episode. */
    static final class Episodes implements EntityComparison {
        public String id() { return "row-cpa-episodes"; }
        public SourceTable sourceTable() { return SourceTable.OXLEAS_CPA_EPISODES; }
        public String mergedTable() { return "episode"; }
        public String person(ParsedRow row, SourceIndex index) { return index.oxleasPerson(row.value("LocalPatientId")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).date(date(r, "StartDateCPA")).date(date(r, "EndDateCPA")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT episode_id AS row_key, person_id, start_date, end_date FROM " + schema + ".episode";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).date(date(rs, "start_date"))
                    .date(date(rs, "end_date")).hash();
        }
    }

    /** Council EVENTS → event (with the mapped outcome and the legacy worker). */
    static final class Events implements EntityComparison {
        public String id() { return "row-events"; }
        public SourceTable sourceTable() { return SourceTable.COUNCIL_EVENTS; }
        public String mergedTable() { return "event"; }
        public String person(ParsedRow row, SourceIndex index) { return index.councilPerson(row.value("CLIENT_ID")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).text(text(r, "EVENT_TYPE")).date(date(r, "EVENT_START_DATE"))
                    .date(date(r, "EVENT_END_DATE")).text(e.map(MappingTableSpec.EVENT_OUTCOME, text(r, "EVENT_OUTCOME")))
                    .text(text(r, "WORKER_ID")).date(date(r, "NEXT_REVIEW_DUE")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT event_id AS row_key, person_id, event_type, start_date, end_date, outcome, legacy_worker_id,"
                    + " next_review_due FROM " + schema + ".event";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("event_type"))
                    .date(date(rs, "start_date")).date(date(rs, "end_date")).text(rs.getString("outcome"))
                    .text(rs.getString("legacy_worker_id")).date(date(rs, "next_review_due")).hash();
        }
    }

    /** Council ALLOCATIONS → worker_relationship (source system COUNCIL). */
    static final class Allocations implements EntityComparison {
        public String id() { return "row-allocations"; }
        public SourceTable sourceTable() { return SourceTable.COUNCIL_ALLOCATIONS; }
        public String mergedTable() { return "worker_relationship"; }
        public String person(ParsedRow row, SourceIndex index) { return index.councilPerson(row.value("CLIENT_ID")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).text(text(r, "ALLOCATION_ROLE")).text(text(r, "WORKER_ID"))
                    .text(text(r, "TEAM_CODE")).date(date(r, "START_DATE")).date(date(r, "END_DATE")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT source_key AS row_key, person_id, relationship, legacy_worker_id, legacy_team, start_date,"
                    + " end_date FROM " + schema + ".worker_relationship WHERE source_system = 'COUNCIL'";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("relationship"))
                    .text(rs.getString("legacy_worker_id")).text(rs.getString("legacy_team"))
                    .date(date(rs, "start_date")).date(date(rs, "end_date")).hash();
        }
    }

    /** Oxleas MHS006 → worker_relationship (source system OXLEAS), keyed by patient, professional and start. */
    static final class CareCoordinators implements EntityComparison {
        public String id() { return "row-care-coordinators"; }
        public SourceTable sourceTable() { return SourceTable.OXLEAS_CARE_COORDINATORS; }
        public String mergedTable() { return "worker_relationship"; }
        public String person(ParsedRow row, SourceIndex index) { return index.oxleasPerson(row.value("LocalPatientId")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).text("CARE_COORDINATOR").text(text(r, "CareProfLocalId"))
                    .date(date(r, "StartDateAssCareCoord")).date(date(r, "EndDateAssCareCoord")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT source_key AS row_key, person_id, relationship, legacy_worker_id, start_date, end_date FROM "
                    + schema + ".worker_relationship WHERE source_system = 'OXLEAS'";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("relationship"))
                    .text(rs.getString("legacy_worker_id")).date(date(rs, "start_date")).date(date(rs, "end_date")).hash();
        }
    }

    /** Council CASE_NOTES → case_note, text included (a changed character is a difference). */
    static final class CaseNotes implements EntityComparison {
        public String id() { return "row-case-notes"; }
        public SourceTable sourceTable() { return SourceTable.COUNCIL_CASE_NOTES; }
        public String mergedTable() { return "case_note"; }
        public String person(ParsedRow row, SourceIndex index) { return index.councilPerson(row.value("CLIENT_ID")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).text(text(r, "WORKER_ID"))
                    .timestamp((LocalDateTime) r.value("NOTE_DATE")).text(text(r, "NOTE_TYPE")).text(text(r, "NOTE_TEXT"))
                    .hash();
        }

        public String targetSql(String schema) {
            return "SELECT note_id AS row_key, person_id, legacy_worker_id, note_date, note_type, note_text FROM "
                    + schema + ".case_note";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("legacy_worker_id"))
                    .timestamp(timestamp(rs, "note_date")).text(rs.getString("note_type")).text(rs.getString("note_text"))
                    .hash();
        }
    }

    /** Oxleas MHS201 → contact, attached to the person through its referral. */
    static final class Contacts implements EntityComparison {
        public String id() { return "row-contacts"; }
        public SourceTable sourceTable() { return SourceTable.OXLEAS_CONTACTS; }
        public String mergedTable() { return "contact"; }
        public String person(ParsedRow row, SourceIndex index) { return index.referralPerson(row.value("ServiceRequestId")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).text(text(r, "ServiceRequestId"))
                    .text(text(r, "CareProfTeamLocalId")).text(text(r, "CareProfLocalId")).date(date(r, "CareContDate"))
                    .text(e.map(MappingTableSpec.OXLEAS_CONTACT_OUTCOME, text(r, "AttendOrDNACode")))
                    .text(text(r, "ConsMechanismMH")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT contact_id AS row_key, person_id, referral_id, legacy_team, legacy_worker_id, contact_date,"
                    + " outcome, mechanism FROM " + schema + ".contact";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("referral_id"))
                    .text(rs.getString("legacy_team")).text(rs.getString("legacy_worker_id"))
                    .date(date(rs, "contact_date")).text(rs.getString("outcome")).text(rs.getString("mechanism")).hash();
        }
    }

    /** Oxleas RiskFlags → risk_flag. */
    static final class RiskFlags implements EntityComparison {
        public String id() { return "row-risk-flags"; }
        public SourceTable sourceTable() { return SourceTable.OXLEAS_RISK_FLAGS; }
        public String mergedTable() { return "risk_flag"; }
        public String person(ParsedRow row, SourceIndex index) { return index.oxleasPerson(row.value("LocalPatientId")); }
        public String key(ParsedRow row) { return row.sourceKey(); }

        public RowHash sourceHash(ParsedRow r, String person, Expectations e) {
            return new CanonicalRowHasher().text(person).text(text(r, "FlagType")).date(date(r, "StartDate"))
                    .date(date(r, "EndDate")).hash();
        }

        public String targetSql(String schema) {
            return "SELECT source_key AS row_key, person_id, flag_type, start_date, end_date FROM " + schema + ".risk_flag";
        }

        public RowHash targetHash(ResultSet rs) throws SQLException {
            return new CanonicalRowHasher().text(rs.getString("person_id")).text(rs.getString("flag_type"))
                    .date(date(rs, "start_date")).date(date(rs, "end_date")).hash();
        }
    }
}
