package org.carebridge.mappings;

import static org.carebridge.legacy.SourceTable.COUNCIL_CLIENTS;
import static org.carebridge.legacy.SourceTable.COUNCIL_EVENTS;
import static org.carebridge.legacy.SourceTable.COUNCIL_SERVICES;
import static org.carebridge.legacy.SourceTable.COUNCIL_TEAMS;
import static org.carebridge.legacy.SourceTable.COUNCIL_WORKERS;
import static org.carebridge.legacy.SourceTable.OXLEAS_CARE_COORDINATORS;
import static org.carebridge.legacy.SourceTable.OXLEAS_CONTACTS;
import static org.carebridge.legacy.SourceTable.OXLEAS_PATIENTS;
import static org.carebridge.legacy.SourceTable.OXLEAS_REFERRALS;
import static org.carebridge.legacy.SourceTable.OXLEAS_REFERRAL_TEAMS;
import static org.carebridge.legacy.SourceTable.OXLEAS_STAFF;
import static org.carebridge.legacy.SourceTable.OXLEAS_TEAMS;

import java.util.List;

/** Every mapping table the migration needs: its file in {@code mappings/tables/}, its target list and the fields it translates. */
public enum MappingTableSpec {

    COUNCIL_ETHNICITY("council-ethnicity.csv", CodeLists.NHS_ETHNIC_CATEGORY,
            "council local ethnicity code to NHS Data Dictionary ethnic category",
            MappedField.of(COUNCIL_CLIENTS, "ETHNICITY")),
    COUNCIL_GENDER("council-gender.csv", CodeLists.PERSON_STATED_GENDER,
            "council local gender to Person Stated Gender", MappedField.of(COUNCIL_CLIENTS, "GENDER")),
    OXLEAS_ETHNICITY("oxleas-ethnicity.csv", CodeLists.NHS_ETHNIC_CATEGORY,
            "Oxleas EthnicCategory as keyed to NHS ethnic category", MappedField.of(OXLEAS_PATIENTS, "EthnicCategory")),
    OXLEAS_GENDER("oxleas-gender.csv", CodeLists.PERSON_STATED_GENDER,
            "Oxleas Gender as keyed to Person Stated Gender", MappedField.of(OXLEAS_PATIENTS, "Gender")),
    PRIMARY_SUPPORT_REASON("cld-primary-support-reason.csv", CodeLists.cld("Primary_Support_Reason"),
            "CLD primary support reason (R1, R2, junk) to the R2 value",
            MappedField.of(COUNCIL_CLIENTS, "PRIMARY_SUPPORT_REASON")),
    SERVICE_TYPE("cld-service-type.csv", CodeLists.cld("Service_Type"),
            "CLD service type (R1, R2, junk) to the R2 value", MappedField.of(COUNCIL_SERVICES, "SERVICE_TYPE")),
    SERVICE_COMPONENT("cld-service-component.csv", CodeLists.cld("Service_Component"),
            "CLD service component to the R2 value", MappedField.of(COUNCIL_SERVICES, "SERVICE_COMPONENT")),
    DELIVERY_MECHANISM("cld-delivery-mechanism.csv", CodeLists.cld("Delivery_Mechanism"),
            "CLD delivery mechanism to the R2 value", MappedField.of(COUNCIL_SERVICES, "DELIVERY_MECHANISM")),
    COST_FREQUENCY("cld-cost-frequency.csv", CodeLists.cld("Cost_Frequency_Unit_Type"),
            "CLD cost frequency unit type to the R2 value (decides the weekly cost)",
            MappedField.of(COUNCIL_SERVICES, "COST_FREQUENCY")),
    EVENT_OUTCOME("cld-event-outcome.csv", CodeLists.cld("Event_Outcome"),
            "CLD event outcome (R1, R2, junk) to the R2 value", MappedField.of(COUNCIL_EVENTS, "EVENT_OUTCOME")),
    COUNCIL_SERVICE_AREA("council-service-area.csv", CodeLists.SERVICE_LINE,
            "council service area to merged service line", MappedField.of(COUNCIL_TEAMS, "SERVICE_AREA")),
    COUNCIL_TEAM("council-team.csv", CodeLists.MERGED_TEAM,
            "council team to merged team (BY_LOCALITY: the person's locality decides)",
            MappedField.of(COUNCIL_TEAMS, "TEAM_CODE")),
    OXLEAS_TEAM_TYPE("oxleas-team-type.csv", CodeLists.SERVICE_LINE,
            "MHSDS service or team type to merged service line", MappedField.of(OXLEAS_TEAMS, "ServTeamTypeMH"),
            MappedField.of(OXLEAS_REFERRAL_TEAMS, "ServTeamTypeRefToMH"),
            MappedField.of(OXLEAS_CARE_COORDINATORS, "CareProfServOrTeamTypeAssoc")),
    OXLEAS_REFERRAL_REASON("oxleas-referral-reason.csv", CodeLists.REFERRAL_REASON,
            "MHSDS primary reason for referral as keyed", MappedField.of(OXLEAS_REFERRALS, "PrimReasonReferralMH")),
    OXLEAS_CONTACT_OUTCOME("oxleas-contact-outcome.csv", CodeLists.CONTACT_OUTCOME,
            "MHSDS attended or did not attend code to contact outcome", MappedField.of(OXLEAS_CONTACTS, "AttendOrDNACode")),
    OXLEAS_TEAM("oxleas-team.csv", CodeLists.MERGED_TEAM,
            "Oxleas team to merged team (BY_LOCALITY: the person's locality decides)",
            MappedField.of(OXLEAS_TEAMS, "CareProfTeamLocalId")),
    COUNCIL_ROLE("council-role.csv", CodeLists.MERGED_ROLE, "council worker role to merged role",
            MappedField.of(COUNCIL_WORKERS, "ROLE")),
    OXLEAS_STAFF_GROUP("oxleas-staff-group.csv", CodeLists.MERGED_ROLE, "MHSDS staff group to merged role",
            MappedField.of(OXLEAS_STAFF, "CareProfStaffGpMH")),
    POSTCODE_LOCALITY("postcode-district-locality.csv", CodeLists.LOCALITY,
            "postcode district to Bexley Care locality", MappedField.districtOf(COUNCIL_CLIENTS, "POSTCODE"),
            MappedField.districtOf(OXLEAS_PATIENTS, "Postcode"));

    private final String fileName;
    private final String codeList;
    private final String description;
    private final List<MappedField> fields;

    MappingTableSpec(String fileName, String codeList, String description, MappedField... fields) {
        this.fileName = fileName;
        this.codeList = codeList;
        this.description = description;
        this.fields = List.of(fields);
    }

    public String fileName() {
        return fileName;
    }

    public String codeList() {
        return codeList;
    }

    public String description() {
        return description;
    }

    public List<MappedField> fields() {
        return fields;
    }
}
