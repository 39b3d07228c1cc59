package org.carebridge.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebridge.wave.WavesProperties.Wave;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out every gate that blocks a wave's cutover, each with its count and the ids behind it. A gate with a
 * recorded override is reported as overridden and does not block.
 */
@Component
public class CutoverGates {

    private final JdbcTemplate jdbc;
    private final WavesProperties waves;
    private final WaveLifecycle lifecycle;
    private final ObjectProvider<IdentityReviews> identityReviews;
    private final ObjectProvider<HandoverApprovals> handoverApprovals;

    public CutoverGates(JdbcTemplate jdbc, WavesProperties waves, WaveLifecycle lifecycle,
                        ObjectProvider<IdentityReviews> identityReviews,
                        ObjectProvider<HandoverApprovals> handoverApprovals) {
        this.jdbc = jdbc;
        this.waves = waves;
        this.lifecycle = lifecycle;
        this.identityReviews = identityReviews;
        this.handoverApprovals = handoverApprovals;
    }

    public List<Blocker> evaluate(Wave wave, long runId, CohortAnalysis.Result analysis) {
        Map<Gate, String[]> overrides = overrides(wave.code());
        List<Blocker> blockers = new ArrayList<>();
        add(blockers, overrides, Gate.UNMAPPED_CODES, unmappedCodesInCohort(runId));
        IdentityReviews reviews = identityReviews.getIfAvailable();
        add(blockers, overrides, Gate.OPEN_IDENTITY_REVIEWS, reviews == null ? List.of() : reviews.openReviewsTouching(runId));
        add(blockers, overrides, Gate.NO_LEAD_WORKER, analysis.withoutLeadWorker().entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
        HandoverApprovals approvals = handoverApprovals.getIfAvailable();
        Set<String> approved = approvals == null ? Set.of() : approvals.approvedPersons(wave.code());
        add(blockers, overrides, Gate.HANDOVER_NOT_APPROVED, analysis.longStandingMentalHealth().stream()
                .filter(p -> !approved.contains(p)).toList());
        add(blockers, overrides, Gate.LEDGER_IMBALANCE, jdbc.queryForList("SELECT source_table FROM staging_ledger"
                + " WHERE run_id = (SELECT MAX(run_id) FROM staging_run) AND (balanced IS NULL OR NOT balanced)", String.class));
        if (waves.requirePreviousSignedOff()) {
            List<String> previous = waves.plan().stream().filter(w -> w.order() < wave.order())
                    .map(Wave::code).filter(code -> lifecycle.state(code) != WaveState.SIGNED_OFF).toList();
            add(blockers, overrides, Gate.PREVIOUS_WAVE_NOT_SIGNED_OFF, previous);
        }
        return blockers;
    }

    private static void add(List<Blocker> blockers, Map<Gate, String[]> overrides, Gate gate, List<String> items) {
        if (!items.isEmpty()) {
            String[] override = overrides.get(gate);
            blockers.add(new Blocker(gate, items.size(), List.copyOf(items), override == null ? null : override[0],
                    override == null ? null : override[1]));
        }
    }

    private Map<Gate, String[]> overrides(String wave) {
        return jdbc.query("SELECT gate, decided_by, reason FROM gate_override WHERE wave_code = ?",
                (rs, i) -> Map.entry(Gate.valueOf(rs.getString(1)), new String[]{rs.getString(2), rs.getString(3)}), wave)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** UNMAPPED_CODE findings on rows of the cohort's records, and on reference rows (teams, staff) every wave uses. */
    private List<String> unmappedCodesInCohort(long runId) {
        List<String> items = new ArrayList<>();
        String finding = " FROM dq_finding f JOIN %s s ON s.row_no = f.row_no AND f.source_table = '%s'"
                + " AND f.rule_id = 'UNMAPPED_CODE' ";
        String council = "JOIN wave_record w ON w.run_id = " + runId + " AND w.source_system = 'COUNCIL'"
                + " AND w.source_id = CAST(s.client_id AS VARCHAR(20))";
        String oxleas = "JOIN wave_record w ON w.run_id = " + runId + " AND w.source_system = 'OXLEAS'"
                + " AND w.source_id = s.local_patient_id";
        String viaReferral = "JOIN stg_oxleas_referrals r ON r.service_request_id = s.service_request_id"
                + " JOIN wave_record w ON w.run_id = " + runId + " AND w.source_system = 'OXLEAS'"
                + " AND w.source_id = r.local_patient_id";
        for (String table : List.of("COUNCIL_CLIENTS:stg_council_clients", "COUNCIL_ALLOCATIONS:stg_council_allocations",
                "COUNCIL_SERVICES:stg_council_services", "COUNCIL_EVENTS:stg_council_events",
                "COUNCIL_CASE_NOTES:stg_council_case_notes")) {
            items.addAll(query(String.format(finding, table.split(":")[1], table.split(":")[0]) + council));
        }
        for (String table : List.of("OXLEAS_PATIENTS:stg_oxleas_patients", "OXLEAS_REFERRALS:stg_oxleas_referrals",
                "OXLEAS_CARE_COORDINATORS:stg_oxleas_care_coordinators", "OXLEAS_CPA_EPISODES:stg_oxleas_cpa_episodes",
                "OXLEAS_RISK_FLAGS:stg_oxleas_risk_flags")) {
            items.addAll(query(String.format(finding, table.split(":")[1], table.split(":")[0]) + oxleas));
        }
        for (String table : List.of("OXLEAS_REFERRAL_TEAMS:stg_oxleas_referral_teams", "OXLEAS_CONTACTS:stg_oxleas_contacts")) {
            items.addAll(query(String.format(finding, table.split(":")[1], table.split(":")[0]) + viaReferral));
        }
        items.addAll(jdbc.queryForList("SELECT source_table || ' ' || source_key || ' ' || COALESCE(column_name, '') FROM dq_finding"
                + " WHERE rule_id = 'UNMAPPED_CODE' AND source_table IN ('COUNCIL_TEAMS', 'COUNCIL_WORKERS', 'OXLEAS_STAFF',"
                + " 'OXLEAS_TEAMS', 'WORKFORCE_PLAN') ORDER BY source_table, row_no", String.class));
        return items;
    }

    private List<String> query(String fromJoin) {
        return jdbc.queryForList("SELECT f.source_table || ' ' || f.source_key || ' ' || COALESCE(f.column_name, '')" + fromJoin
                + " ORDER BY f.source_table, f.row_no", String.class);
    }
}
