package org.carebridge.legacy;

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
import static org.carebridge.legacy.SourceTable.OXLEAS_REFERRAL_TEAMS;
import static org.carebridge.legacy.SourceTable.OXLEAS_RISK_FLAGS;
import static org.carebridge.legacy.SourceTable.OXLEAS_STAFF;
import static org.carebridge.legacy.SourceTable.OXLEAS_TEAMS;

import java.util.List;

/**
 * A column that names a row of another table. The legacy systems do not enforce these ("foreign keys are
 * not enforced"), so a child whose parent is missing is a data-quality finding, not an impossibility.
 *
 * @param child        the referring table
 * @param column       its referring column
 * @param parent       the referred table
 * @param parentColumn the referred table's key column
 */
public record SourceReference(SourceTable child, String column, SourceTable parent, String parentColumn) {

    /** Every reference the interface agreement implies between tables of the same system. */
    public static final List<SourceReference> ALL = List.of(
            new SourceReference(COUNCIL_CLIENTS, "MERGED_INTO_CLIENT_ID", COUNCIL_CLIENTS, "CLIENT_ID"),
            new SourceReference(COUNCIL_WORKERS, "TEAM_CODE", COUNCIL_TEAMS, "TEAM_CODE"),
            new SourceReference(COUNCIL_ALLOCATIONS, "CLIENT_ID", COUNCIL_CLIENTS, "CLIENT_ID"),
            new SourceReference(COUNCIL_ALLOCATIONS, "WORKER_ID", COUNCIL_WORKERS, "WORKER_ID"),
            new SourceReference(COUNCIL_ALLOCATIONS, "TEAM_CODE", COUNCIL_TEAMS, "TEAM_CODE"),
            new SourceReference(COUNCIL_SERVICES, "CLIENT_ID", COUNCIL_CLIENTS, "CLIENT_ID"),
            new SourceReference(COUNCIL_EVENTS, "CLIENT_ID", COUNCIL_CLIENTS, "CLIENT_ID"),
            new SourceReference(COUNCIL_EVENTS, "WORKER_ID", COUNCIL_WORKERS, "WORKER_ID"),
            new SourceReference(COUNCIL_CASE_NOTES, "CLIENT_ID", COUNCIL_CLIENTS, "CLIENT_ID"),
            new SourceReference(COUNCIL_CASE_NOTES, "WORKER_ID", COUNCIL_WORKERS, "WORKER_ID"),
            new SourceReference(OXLEAS_REFERRALS, "LocalPatientId", OXLEAS_PATIENTS, "LocalPatientId"),
            new SourceReference(OXLEAS_REFERRAL_TEAMS, "ServiceRequestId", OXLEAS_REFERRALS, "ServiceRequestId"),
            new SourceReference(OXLEAS_REFERRAL_TEAMS, "CareProfTeamLocalId", OXLEAS_TEAMS, "CareProfTeamLocalId"),
            new SourceReference(OXLEAS_CARE_COORDINATORS, "LocalPatientId", OXLEAS_PATIENTS, "LocalPatientId"),
            new SourceReference(OXLEAS_CARE_COORDINATORS, "CareProfLocalId", OXLEAS_STAFF, "CareProfLocalId"),
            new SourceReference(OXLEAS_CPA_EPISODES, "LocalPatientId", OXLEAS_PATIENTS, "LocalPatientId"),
            new SourceReference(OXLEAS_CONTACTS, "ServiceRequestId", OXLEAS_REFERRALS, "ServiceRequestId"),
            new SourceReference(OXLEAS_CONTACTS, "CareProfTeamLocalId", OXLEAS_TEAMS, "CareProfTeamLocalId"),
            new SourceReference(OXLEAS_CONTACTS, "CareProfLocalId", OXLEAS_STAFF, "CareProfLocalId"),
            new SourceReference(OXLEAS_STAFF, "CareProfTeamLocalId", OXLEAS_TEAMS, "CareProfTeamLocalId"),
            new SourceReference(OXLEAS_RISK_FLAGS, "LocalPatientId", OXLEAS_PATIENTS, "LocalPatientId"));

    public static List<SourceReference> from(SourceTable child) {
        return ALL.stream().filter(r -> r.child == child).toList();
    }
}
