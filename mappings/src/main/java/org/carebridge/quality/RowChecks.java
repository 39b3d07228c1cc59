package org.carebridge.quality;

import static org.carebridge.legacy.SourceTable.COUNCIL_ALLOCATIONS;
import static org.carebridge.legacy.SourceTable.COUNCIL_CASE_NOTES;
import static org.carebridge.legacy.SourceTable.COUNCIL_CLIENTS;
import static org.carebridge.legacy.SourceTable.COUNCIL_EVENTS;
import static org.carebridge.legacy.SourceTable.COUNCIL_SERVICES;
import static org.carebridge.legacy.SourceTable.COUNCIL_TEAMS;
import static org.carebridge.legacy.SourceTable.COUNCIL_WORKERS;
import static org.carebridge.legacy.SourceTable.OXLEAS_CARE_COORDINATORS;
import static org.carebridge.legacy.SourceTable.OXLEAS_CONTACTS;
import static org.carebridge.legacy.SourceTable.OXLEAS_CPA_EPISODES;
import static org.carebridge.legacy.SourceTable.OXLEAS_PATIENTS;
import static org.carebridge.legacy.SourceTable.OXLEAS_REFERRALS;
import static org.carebridge.legacy.SourceTable.OXLEAS_RISK_FLAGS;
import static org.carebridge.legacy.SourceTable.OXLEAS_STAFF;
import static org.carebridge.legacy.SourceTable.OXLEAS_TEAMS;
import static org.carebridge.legacy.SourceTable.WORKFORCE_PLAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebridge.legacy.SourceTable;
import org.carebridge.mappings.MappedField;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;

/** Which row checks apply to which source table, in the order they run (fixes before what depends on them). */
public final class RowChecks {

    private static final String[] NHS_NUMBER_STATUSES = {"01", "02", "03", "04", "05", "06", "07", "08"};
    private static final String[] LOCALITIES = {"NORTH", "SOUTH", "CENTRAL", "BOROUGH"};

    private final Map<SourceTable, List<RowCheck>> checks = new EnumMap<>(SourceTable.class);

    /**
     * @param referenceDate the extract's date: dates of past events after it are impossible
     */
    public RowChecks(MappingSet mappings, LocalDate referenceDate) {
        add(COUNCIL_CLIENTS, new NhsNumberCheck("NHS_NUMBER", "NHS_NUMBER_STATUS"), new PostcodeCheck("POSTCODE"),
                new PastDateCheck(referenceDate, "DATE_OF_BIRTH", "DATE_OF_DEATH"),
                new LifespanCheck("DATE_OF_BIRTH", "DATE_OF_DEATH"));
        add(OXLEAS_PATIENTS, new NhsNumberCheck("NHSNumber", "NHSNumberStatus"), new PostcodeCheck("Postcode"),
                new PastDateCheck(referenceDate, "PersonBirthDate", "PersDeathDate"),
                new LifespanCheck("PersonBirthDate", "PersDeathDate"));
        add(COUNCIL_ALLOCATIONS, new PeriodCheck("START_DATE", "END_DATE"));
        add(COUNCIL_SERVICES, new PeriodCheck("START_DATE", "END_DATE"), new PackageCostCheck(mappings));
        add(COUNCIL_EVENTS, new PeriodCheck("EVENT_START_DATE", "EVENT_END_DATE"));
        add(COUNCIL_CASE_NOTES, new PastDateCheck(referenceDate, "NOTE_DATE"));
        add(OXLEAS_REFERRALS, new PastDateCheck(referenceDate, "ReferralRequestReceivedDate"),
                new PeriodCheck("ReferralRequestReceivedDate", "ServDischDate"));
        add(OXLEAS_CARE_COORDINATORS, new PeriodCheck("StartDateAssCareCoord", "EndDateAssCareCoord"));
        add(OXLEAS_CPA_EPISODES, new PeriodCheck("StartDateCPA", "EndDateCPA"));
        add(OXLEAS_CONTACTS, new PastDateCheck(referenceDate, "CareContDate"));
        add(OXLEAS_RISK_FLAGS, new PeriodCheck("StartDate", "EndDate"));
        add(WORKFORCE_PLAN, new PeriodCheck("available_from", "leaving_date"));
        add(COUNCIL_CLIENTS, new AgreedValuesCheck("RECORD_STATUS", "A", "M", "D"),
                new AgreedValuesCheck("NHS_NUMBER_STATUS", NHS_NUMBER_STATUSES));
        add(OXLEAS_PATIENTS, new AgreedValuesCheck("NHSNumberStatus", NHS_NUMBER_STATUSES));
        add(COUNCIL_TEAMS, new AgreedValuesCheck("LOCALITY", LOCALITIES), new AgreedValuesCheck("ACTIVE", "Y", "N"));
        add(COUNCIL_WORKERS, new AgreedValuesCheck("ACTIVE", "Y", "N"));
        add(COUNCIL_ALLOCATIONS, new AgreedValuesCheck("ALLOCATION_ROLE", "KEY_WORKER", "REVIEWER", "DUTY"));
        add(COUNCIL_EVENTS, new AgreedValuesCheck("EVENT_TYPE", "Request", "Assessment", "Review"));
        add(COUNCIL_CASE_NOTES, new AgreedValuesCheck("NOTE_TYPE", "CONTACT", "VISIT", "PHONE", "MDT", "SAFEGUARDING",
                "OTHER"));
        add(OXLEAS_TEAMS, new AgreedValuesCheck("Locality", LOCALITIES));
        add(OXLEAS_STAFF, new AgreedValuesCheck("IsAMHP", "Y", "N"));
        add(OXLEAS_RISK_FLAGS, new AgreedValuesCheck("FlagType", "S117", "CTO", "HIGH_RISK", "SAFEGUARDING",
                "LONE_WORKING"));
        add(WORKFORCE_PLAN, new AgreedValuesCheck("legacy_system", "COUNCIL", "OXLEAS"),
                new AgreedValuesCheck("role", "SOCIAL_WORKER", "NURSE", "OT", "PSYCHOLOGIST", "SUPPORT_WORKER",
                        "CARE_MANAGER", "TEAM_MANAGER"),
                new AgreedValuesCheck("gender", "1", "2", "9", "X"));
        for (MappingTableSpec spec : MappingTableSpec.values()) {
            for (MappedField field : spec.fields()) {
                add(field.table(), new CodeMappingCheck(mappings, spec, field));
            }
        }
    }

    public List<RowCheck> of(SourceTable table) {
        return checks.getOrDefault(table, List.of());
    }

    private void add(SourceTable table, RowCheck... more) {
        checks.computeIfAbsent(table, t -> new ArrayList<>()).addAll(List.of(more));
    }
}
