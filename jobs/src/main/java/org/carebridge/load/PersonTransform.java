package org.carebridge.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carebridge.legacy.format.NhsNumber;
import org.carebridge.load.LeadWorkerResolver.CurrentLead;
import org.carebridge.mappings.MappingTableSpec;
import org.carebridge.mappings.Postcodes;
import org.carebridge.merged.MergedTable;

/**
 * Turns everything staged about one merged person into their merged-model rows. The rules, in short:
 * <ul>
 * <li><b>Person</b>: names, date of birth and gender from the primary record (the most recently updated active
 * council record, else the Oxleas record); a valid NHS number, a verified one first (an invalid one is dropped);
 * ethnicity the first known category across records; language from Oxleas; locality from the postcode.</li>
 * <li><b>Source links</b>: every legacy record, PRIMARY, LINKED, MERGED_RECORD (council M) or DELETED_RECORD
 * (council D, whose activity is not loaded).</li>
 * <li><b>Packages</b>: open when not ended before cutover; weekly cost by the CLD rule; ended ones read-only.</li>
 * <li><b>Open client</b>: alive at cutover with an open package, a current allocation or care coordinator, or an
 * open referral; exactly one lead worker is named for each ({@link LeadWorkerResolver}).</li>
 * <li>Rows flagged ORPHAN_ROW, and activity of deleted records, are not loaded: each becomes a load exclusion
 * with its reason.</li>
 * </ul>
 */
public final class PersonTransform {

    private final LoadContext context;
    private final LeadWorkerResolver leadWorkers;

    public PersonTransform(LoadContext context) {
        this.context = context;
        this.leadWorkers = new LeadWorkerResolver(context);
    }

    public PersonTarget transform(PersonSources s) {
        PersonTarget target = new PersonTarget(context.waveCode());
        LocalDate cutover = context.cutover();
        List<StagedRow> clients = new ArrayList<>(s.councilClients());
        clients.sort(Comparator.comparing((StagedRow c) -> !"A".equals(c.text("record_status")))
                .thenComparing(c -> c.timestamp("last_updated"), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> ((Number) c.get("client_id")).longValue()));
        List<String> deletedClients = clients.stream().filter(c -> "D".equals(c.text("record_status")))
                .map(c -> c.text("client_id")).toList();
        List<StagedRow> liveClients = clients.stream().filter(c -> !"D".equals(c.text("record_status"))).toList();
        List<StagedRow> patients = new ArrayList<>(s.oxleasPatients());
        patients.sort(Comparator.comparing(p -> p.text("local_patient_id")));
        StagedRow primaryCouncil = liveClients.stream().filter(c -> "A".equals(c.text("record_status"))).findFirst()
                .orElse(liveClients.isEmpty() ? null : liveClients.get(0));
        StagedRow primary = primaryCouncil != null ? primaryCouncil : patients.isEmpty() ? null : patients.get(0);

        String postcode = primaryCouncil != null && primaryCouncil.text("postcode") != null
                ? primaryCouncil.text("postcode")
                : patients.stream().map(p -> p.text("postcode")).filter(Objects::nonNull).findFirst().orElse(null);
        String locality = context.mappings().map(MappingTableSpec.POSTCODE_LOCALITY, Postcodes.district(postcode)).cleaned();
        LocalDate death = deathDate(liveClients, patients);

        // Links
        for (StagedRow c : clients) {
            String kind = c == primary ? "PRIMARY" : "D".equals(c.text("record_status")) ? "DELETED_RECORD"
                    : "M".equals(c.text("record_status")) ? "MERGED_RECORD" : "LINKED";
            target.add(MergedTable.PERSON_SOURCE_LINK, "COUNCIL", c.text("client_id"), s.personId(), kind);
        }
        for (StagedRow p : patients) {
            target.add(MergedTable.PERSON_SOURCE_LINK, "OXLEAS", p.text("local_patient_id"), s.personId(),
                    p == primary ? "PRIMARY" : "LINKED");
        }

        // Activity (deleted records' activity is excluded)
        Activity activity = new Activity(target, deletedClients);
        List<CurrentLead> leads = new ArrayList<>();
        List<String> otherTeams = new ArrayList<>();
        boolean open = packages(s, activity, cutover) | allocations(s, activity, cutover, leads, otherTeams)
                | referrals(s, activity, otherTeams) | careCoordinators(s, activity, leads, cutover);
        lastTeam(s).ifPresent(otherTeams::add);
        events(s, activity, target, cutover, open && (death == null || death.isAfter(cutover)));
        cpa(s, activity);
        notes(s, activity);
        contacts(s, activity);
        flags(s, activity);

        boolean openClient = open && (death == null || death.isAfter(cutover));
        target.openClient(openClient);

        // Person and address
        if (primary != null) {
            addPerson(target, s.personId(), primary, primaryCouncil, liveClients, patients, locality, death, openClient);
            if (primaryCouncil != null) {
                target.add(MergedTable.PERSON_ADDRESS, s.personId(), primaryCouncil.text("address_line_1"),
                        primaryCouncil.text("address_line_2"), primaryCouncil.text("address_line_3"),
                        primaryCouncil.text("postcode"), "COUNCIL");
            } else if (postcode != null) {
                target.add(MergedTable.PERSON_ADDRESS, s.personId(), null, null, null, postcode, "OXLEAS");
            }
        }

        // Lead worker
        if (openClient) {
            LeadWorkerDecision decision = leadWorkers.decide(leads, otherTeams, locality);
            target.leadWorker(decision);
            if (decision.named()) {
                target.add(MergedTable.LEAD_WORKER, s.personId(), decision.workerId(), decision.teamCode(),
                        decision.basis());
            }
        }
        return target;
    }

    private void addPerson(PersonTarget target, String personId, StagedRow primary, StagedRow primaryCouncil,
                           List<StagedRow> clients, List<StagedRow> patients, String locality, LocalDate death,
                           boolean openClient) {
        boolean council = primary == primaryCouncil;
        String[] nhs = nhsNumber(clients, patients);
        String gender = council
                ? context.mappings().map(MappingTableSpec.COUNCIL_GENDER, primary.text("gender")).cleaned()
                : context.mappings().map(MappingTableSpec.OXLEAS_GENDER, primary.text("gender")).cleaned();
        String psr = primaryCouncil == null ? null : context.mappings()
                .map(MappingTableSpec.PRIMARY_SUPPORT_REASON, primaryCouncil.text("primary_support_reason")).cleaned();
        String language = patients.stream().map(p -> p.text("language_code_preferred")).filter(Objects::nonNull)
                .findFirst().orElse(null);
        target.add(MergedTable.PERSON, personId, nhs[0], nhs[0] != null && "verified".equals(nhs[1]),
                council ? primary.text("title") : null,
                council ? primary.text("forename") : primary.text("person_given_name"),
                council ? primary.text("middle_names") : null,
                council ? primary.text("surname") : primary.text("person_family_name"),
                council ? primary.text("preferred_name") : null,
                council ? primary.date("date_of_birth") : primary.date("person_birth_date"),
                death, gender, ethnicity(clients, patients), language, locality, psr, openClient);
    }

    /** {number, "verified"|"unverified"}: a valid number, preferring one whose status is 01 on its record. */
    private static String[] nhsNumber(List<StagedRow> clients, List<StagedRow> patients) {
        String unverified = null;
        List<String[]> candidates = new ArrayList<>();
        clients.forEach(c -> candidates.add(new String[]{c.text("nhs_number"), c.text("nhs_number_status")}));
        patients.forEach(p -> candidates.add(new String[]{p.text("nhs_number"), p.text("nhs_number_status")}));
        for (String[] candidate : candidates) {
            if (NhsNumber.check(candidate[0]) == NhsNumber.Verdict.VALID) {
                if ("01".equals(candidate[1])) {
                    return new String[]{NhsNumber.normalise(candidate[0]), "verified"};
                }
                if (unverified == null) {
                    unverified = NhsNumber.normalise(candidate[0]);
                }
            }
        }
        return new String[]{unverified, "unverified"};
    }

    private String ethnicity(List<StagedRow> clients, List<StagedRow> patients) {
        List<String> mapped = new ArrayList<>();
        clients.forEach(c -> mapped.add(context.mappings().map(MappingTableSpec.COUNCIL_ETHNICITY, c.text("ethnicity")).cleaned()));
        patients.forEach(p -> mapped.add(context.mappings().map(MappingTableSpec.OXLEAS_ETHNICITY, p.text("ethnic_category")).cleaned()));
        return mapped.stream().filter(e -> e != null && !e.equals("Z") && !e.equals("99")).findFirst()
                .orElse(mapped.stream().filter(Objects::nonNull).findFirst().orElse(null));
    }

    private static LocalDate deathDate(List<StagedRow> clients, List<StagedRow> patients) {
        LocalDate death = null;
        for (StagedRow c : clients) {
            death = later(death, c.date("date_of_death"));
        }
        for (StagedRow p : patients) {
            death = later(death, p.date("pers_death_date"));
        }
        return death;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (b.isAfter(a) ? b : a);
    }

    /** Routes each activity row to its table, or to the exclusions with a reason. */
    private final class Activity {
        private final PersonTarget target;
        private final List<String> deletedClients;

        Activity(PersonTarget target, List<String> deletedClients) {
            this.target = target;
            this.deletedClients = deletedClients;
        }

        /** Whether the row is loaded; if not, its exclusion is recorded. */
        boolean admit(StagedRow row, String clientIdColumn) {
            if (clientIdColumn != null && deletedClients.contains(row.text(clientIdColumn))) {
                exclude(row, "belongs to a council record deleted in the legacy system (RECORD_STATUS D)");
                return false;
            }
            if (context.isOrphan(row)) {
                exclude(row, "ORPHAN_ROW: names a parent row that was not staged");
                return false;
            }
            return true;
        }

        void exclude(StagedRow row, String reason) {
            target.add(MergedTable.LOAD_EXCLUSION, row.table().name(), row.sourceKey(), reason);
        }

        void add(MergedTable table, Object... content) {
            target.add(table, content);
        }
    }

    private boolean packages(PersonSources s, Activity activity, LocalDate cutover) {
        boolean anyOpen = false;
        for (StagedRow r : s.services()) {
            if (!activity.admit(r, "client_id")) {
                continue;
            }
            LocalDate end = r.date("end_date");
            boolean open = end == null || !end.isBefore(cutover);
            anyOpen |= open;
            String frequency = context.mappings().map(MappingTableSpec.COST_FREQUENCY, r.text("cost_frequency")).cleaned();
            BigDecimal weekly = WeeklyCost.of(r.decimal("unit_cost"), frequency, r.decimal("planned_units_per_week"));
            activity.add(MergedTable.CARE_PACKAGE, r.text("service_id"), s.personId(),
                    context.mappings().map(MappingTableSpec.SERVICE_TYPE, r.text("service_type")).cleaned(),
                    context.mappings().map(MappingTableSpec.SERVICE_COMPONENT, r.text("service_component")).cleaned(),
                    context.mappings().map(MappingTableSpec.DELIVERY_MECHANISM, r.text("delivery_mechanism")).cleaned(),
                    r.text("provider_cqc_location_id"), r.text("provider_name"), r.date("start_date"), end,
                    r.decimal("unit_cost"), frequency, r.decimal("planned_units_per_week"), weekly,
                    open ? "OPEN" : "CLOSED", !open);
        }
        return anyOpen;
    }

    private boolean allocations(PersonSources s, Activity activity, LocalDate cutover, List<CurrentLead> leads,
                                List<String> otherTeams) {
        boolean anyCurrent = false;
        for (StagedRow r : s.allocations()) {
            if (!activity.admit(r, "client_id")) {
                continue;
            }
            LocalDate end = r.date("end_date");
            boolean current = end == null || !end.isBefore(cutover);
            String legacyWorker = r.text("worker_id");
            String merged = context.workforce().successor("COUNCIL", legacyWorker).map(Workforce.Entry::workerId).orElse(null);
            activity.add(MergedTable.WORKER_RELATIONSHIP, "COUNCIL", r.sourceKey(), s.personId(),
                    r.text("allocation_role"), legacyWorker, merged, r.text("team_code"), r.date("start_date"), end,
                    !current);
            if (current) {
                anyCurrent = true;
                if ("KEY_WORKER".equals(r.text("allocation_role"))) {
                    leads.add(new CurrentLead("COUNCIL", legacyWorker, r.text("team_code"), r.date("start_date"), false));
                } else {
                    otherTeams.add("COUNCIL:" + r.text("team_code"));
                }
            }
        }
        return anyCurrent;
    }

    /**
     * The team that last held an unallocated client (their most recent allocation, ended or not): its manager holds
     * the case, as teams do with unallocated work.
     */
    private java.util.Optional<String> lastTeam(PersonSources s) {
        return s.allocations().stream().filter(a -> a.text("team_code") != null && !context.isOrphan(a))
                .max(Comparator.comparing((StagedRow a) -> a.date("start_date"), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(a -> ((Number) a.get("allocation_id")).longValue()))
                .map(a -> "COUNCIL:" + a.text("team_code"));
    }

    private boolean referrals(PersonSources s, Activity activity, List<String> otherTeams) {
        Map<String, StagedRow> teamOf = new HashMap<>();
        for (StagedRow t : s.referralTeams()) {
            if (!activity.admit(t, null)) {
                continue;
            }
            boolean usable = t.date("refer_rejection_date") == null;
            StagedRow existing = teamOf.get(t.text("service_request_id"));
            if (existing == null || (usable && existing.date("refer_rejection_date") != null)) {
                teamOf.put(t.text("service_request_id"), t);
            }
        }
        boolean anyOpen = false;
        for (StagedRow r : s.referrals()) {
            if (!activity.admit(r, null)) {
                continue;
            }
            StagedRow team = teamOf.get(r.text("service_request_id"));
            boolean open = r.date("serv_disch_date") == null
                    && (team == null || (team.date("refer_closure_date") == null && team.date("refer_rejection_date") == null));
            anyOpen |= open;
            if (open && team != null) {
                otherTeams.add("OXLEAS:" + team.text("care_prof_team_local_id"));
            }
            activity.add(MergedTable.REFERRAL, r.text("service_request_id"), s.personId(),
                    r.date("referral_request_received_date"), r.text("source_of_referral_mh"),
                    r.text("prim_reason_referral_mh"), r.date("serv_disch_date"),
                    team == null ? null : team.text("care_prof_team_local_id"),
                    team == null ? null : team.text("serv_team_type_ref_to_mh"), open ? "OPEN" : "CLOSED", !open);
        }
        return anyOpen;
    }

    private boolean careCoordinators(PersonSources s, Activity activity, List<CurrentLead> leads, LocalDate cutover) {
        boolean anyCurrent = false;
        for (StagedRow r : s.careCoordinators()) {
            if (!activity.admit(r, null)) {
                continue;
            }
            LocalDate end = r.date("end_date_ass_care_coord");
            boolean current = end == null || !end.isBefore(cutover);
            String legacyWorker = r.text("care_prof_local_id");
            String merged = context.workforce().successor("OXLEAS", legacyWorker).map(Workforce.Entry::workerId).orElse(null);
            String team = staffTeam(s, legacyWorker);
            activity.add(MergedTable.WORKER_RELATIONSHIP, "OXLEAS", r.sourceKey(), s.personId(), "CARE_COORDINATOR",
                    legacyWorker, merged, team, r.date("start_date_ass_care_coord"), end, !current);
            if (current) {
                anyCurrent = true;
                leads.add(new CurrentLead("OXLEAS", legacyWorker, team, r.date("start_date_ass_care_coord"), true));
            }
        }
        return anyCurrent;
    }

    /** The Oxleas team a care coordinator works in (MHS901), else the person's referral team. */
    private String staffTeam(PersonSources s, String legacyWorker) {
        return context.teams().oxleasStaffTeam(legacyWorker)
                .orElse(s.referralTeams().stream().map(t -> t.text("care_prof_team_local_id")).filter(Objects::nonNull)
                        .findFirst().orElse(null));
    }

    private void events(PersonSources s, Activity activity, PersonTarget target, LocalDate cutover, boolean openClient) {
        StagedRow latestReview = null;
        for (StagedRow r : s.events()) {
            if (!activity.admit(r, "client_id")) {
                continue;
            }
            String legacyWorker = r.text("worker_id");
            String merged = context.workforce().successor("COUNCIL", legacyWorker).map(Workforce.Entry::workerId).orElse(null);
            activity.add(MergedTable.EVENT, r.text("event_id"), s.personId(), r.text("event_type"),
                    r.date("event_start_date"), r.date("event_end_date"),
                    context.mappings().map(MappingTableSpec.EVENT_OUTCOME, r.text("event_outcome")).cleaned(), merged,
                    legacyWorker, r.date("next_review_due"));
            if ("Review".equals(r.text("event_type")) && r.date("next_review_due") != null
                    && (latestReview == null || laterEvent(r, latestReview))) {
                latestReview = r;
            }
        }
        if (openClient && latestReview != null) {
            target.add(MergedTable.REVIEW_DUE, s.personId(), latestReview.date("next_review_due"),
                    latestReview.text("event_id"));
        }
    }

    private static boolean laterEvent(StagedRow a, StagedRow b) {
        int byDate = Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())
                .compare(a.date("event_start_date"), b.date("event_start_date"));
        return byDate > 0 || (byDate == 0 && ((Number) a.get("event_id")).longValue() > ((Number) b.get("event_id")).longValue());
    }

    private void cpa(PersonSources s, Activity activity) {
        for (StagedRow r : s.cpaEpisodes()) {
            if (!activity.admit(r, null)) {
                continue;
            }
            boolean open = r.date("end_date_cpa") == null;
            activity.add(MergedTable.EPISODE, r.text("cpa_episode_id"), s.personId(), r.date("start_date_cpa"),
                    r.date("end_date_cpa"), open ? "OPEN" : "CLOSED", !open);
        }
    }

    private void notes(PersonSources s, Activity activity) {
        for (StagedRow r : s.caseNotes()) {
            if (!activity.admit(r, "client_id")) {
                continue;
            }
            String legacyWorker = r.text("worker_id");
            activity.add(MergedTable.CASE_NOTE, r.text("note_id"), s.personId(),
                    context.workforce().successor("COUNCIL", legacyWorker).map(Workforce.Entry::workerId).orElse(null),
                    legacyWorker, r.timestamp("note_date"), r.text("note_type"), r.text("note_text"));
        }
    }

    private void contacts(PersonSources s, Activity activity) {
        for (StagedRow r : s.contacts()) {
            if (!activity.admit(r, null)) {
                continue;
            }
            String legacyWorker = r.text("care_prof_local_id");
            activity.add(MergedTable.CONTACT, r.text("care_contact_id"), s.personId(), r.text("service_request_id"),
                    r.text("care_prof_team_local_id"),
                    context.workforce().successor("OXLEAS", legacyWorker).map(Workforce.Entry::workerId).orElse(null),
                    legacyWorker, r.date("care_cont_date"),
                    context.mappings().map(MappingTableSpec.OXLEAS_CONTACT_OUTCOME, r.text("attend_or_dna_code")).cleaned(),
                    r.text("cons_mechanism_mh"));
        }
    }

    private void flags(PersonSources s, Activity activity) {
        for (StagedRow r : s.riskFlags()) {
            if (!activity.admit(r, null)) {
                continue;
            }
            activity.add(MergedTable.RISK_FLAG, r.sourceKey(), s.personId(), r.text("flag_type"), r.date("start_date"),
                    r.date("end_date"));
        }
    }
}
