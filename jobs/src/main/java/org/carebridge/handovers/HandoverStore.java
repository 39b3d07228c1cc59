package org.carebridge.handovers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.CurrentWorker;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.handover.plan.HandoverPlan;
import org.carebridge.handover.plan.ResponsibilityPeriod;
import org.carebridge.handover.plan.ResponsibilityTimeline;
import org.carebridge.handover.workflow.ActorRole;
import org.carebridge.handover.workflow.AuditEvent;
import org.carebridge.handover.workflow.HandoverCase;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handover.workflow.HandoverWorkflow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Handover cases in the database ({@code 008-handovers.yaml}): everything the library's workflow needs to rebuild a
 * case (client as paired, plan with its responsibility timeline, every transition), so a case survives restarts and
 * moves on in another process. Multi-valued codes are stored ';'-separated, explanation lines newline-separated.
 */
@Repository
class HandoverStore {

    /** States in which a clinical lead has decided for the handover (the wave gate clears for these). */
    static final Set<HandoverState> DECIDED = EnumSet.of(HandoverState.APPROVED, HandoverState.REPAIRED,
            HandoverState.ACCEPTED, HandoverState.ACTIVE, HandoverState.COMPLETED);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    HandoverStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** A new case as proposed, with the facts of the proposal. */
    record NewCase(String caseId, String wave, long runId, String teamCode, boolean keepsCurrentWorker,
                   int weightPoints, int knownContacts, List<String> drivers, List<String> warnings,
                   String scoreBreakdown, String longStandingWith, LocalDate relationshipSince, HandoverCase handover) {
    }

    void insert(List<NewCase> cases, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> workers = new ArrayList<>();
        List<Object[]> familiarity = new ArrayList<>();
        List<Object[]> responsibility = new ArrayList<>();
        for (NewCase c : cases) {
            HandoverCase h = c.handover();
            HandoverClient client = h.client();
            HandoverPlan plan = h.plan();
            rows.add(new Object[]{c.caseId(), c.wave(), client.personId(), c.runId(), true, h.state().name(),
                    c.teamCode(), h.approverLeadId(), codes(client.reasons()), client.locality().name(),
                    client.serviceLine().name(), codes(client.flags()), client.preferredLanguage(),
                    client.preferredWorkerGender(), Date.valueOf(client.cutoverDate()), c.longStandingWith(),
                    c.relationshipSince() == null ? null : Date.valueOf(c.relationshipSince()), h.incomingWorkerId(),
                    h.incomingWorkerId(), c.keepsCurrentWorker(), c.weightPoints(), c.knownContacts(),
                    clip(String.join("\n", c.drivers()), 2000), clip(String.join("\n", c.warnings()), 2000),
                    clip(c.scoreBreakdown(), 2000), String.join(";", plan.outgoingWorkerRefs()),
                    Date.valueOf(plan.windowStart()), Date.valueOf(plan.windowEnd()),
                    Date.valueOf(plan.clientAndCarerInformed()), dates(plan.jointVisits()),
                    Date.valueOf(plan.riskAndCrisisPlanReview()), Date.valueOf(plan.effectiveDate()),
                    Date.valueOf(plan.followUpReview()), Timestamp.from(now), 0});
            for (CurrentWorker worker : client.currentWorkers()) {
                workers.add(new Object[]{c.caseId(), worker.legacyWorkerRef(), worker.mergedWorkerId()});
            }
            client.familiarity().forEach((worker, count) -> familiarity.add(new Object[]{c.caseId(), worker, count}));
            responsibility.addAll(responsibilityRows(c.caseId(), plan));
        }
        jdbc.batchUpdate("INSERT INTO handover_case (case_id, wave_code, person_id, run_id, current_case, state,"
                + " team_code, approver_lead, reasons, locality, service_line, flags, preferred_language,"
                + " preferred_gender, cutover_date, long_standing_with, relationship_since, incoming_worker,"
                + " proposed_worker, keeps_current_worker, weight_points, known_contacts, drivers, warnings,"
                + " score_breakdown, outgoing_refs, window_start, window_end, informed_on, joint_visits,"
                + " risk_review_on, effective_on, follow_up_on, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO handover_case_worker (case_id, legacy_ref, merged_worker_id) VALUES (?, ?, ?)",
                workers);
        jdbc.batchUpdate("INSERT INTO handover_familiarity (case_id, worker_id, contacts) VALUES (?, ?, ?)",
                familiarity);
        jdbc.batchUpdate("INSERT INTO handover_responsibility (case_id, seq, worker_ref, from_date, until_date)"
                + " VALUES (?, ?, ?, ?, ?)", responsibility);
    }

    /** Appends transitions {@code firstSeq, firstSeq + 1, ...}, each with the audit entry that records it. */
    void appendTransitions(String caseId, int firstSeq, List<AuditEvent> events, List<Long> auditEventIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            rows.add(new Object[]{caseId, firstSeq + i, e.from() == null ? null : e.from().name(), e.to().name(),
                    e.actorId(), e.actorRole().name(), Timestamp.from(e.at()), e.incomingWorkerId(),
                    clip(e.reason(), 2000), clip(e.detail(), 2000), auditEventIds.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO handover_transition (case_id, seq, from_state, to_state, actor, actor_role, at,"
                + " incoming_worker, reason, detail, audit_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Writes a case's new state and plan if nobody changed it since {@code expectedVersion} was read.
     *
     * @return false if another decision came first
     */
    boolean update(String caseId, int expectedVersion, HandoverCase handover, Instant now) {
        HandoverPlan plan = handover.plan();
        int updated = jdbc.update("UPDATE handover_case SET state = ?, incoming_worker = ?, outgoing_refs = ?,"
                        + " window_start = ?, window_end = ?, informed_on = ?, joint_visits = ?, risk_review_on = ?,"
                        + " effective_on = ?, follow_up_on = ?, updated_at = ?, version = version + 1"
                        + " WHERE case_id = ? AND version = ?", handover.state().name(), handover.incomingWorkerId(),
                String.join(";", plan.outgoingWorkerRefs()), Date.valueOf(plan.windowStart()),
                Date.valueOf(plan.windowEnd()), Date.valueOf(plan.clientAndCarerInformed()), dates(plan.jointVisits()),
                Date.valueOf(plan.riskAndCrisisPlanReview()), Date.valueOf(plan.effectiveDate()),
                Date.valueOf(plan.followUpReview()), Timestamp.from(now), caseId, expectedVersion);
        if (updated == 1) {
            jdbc.update("DELETE FROM handover_responsibility WHERE case_id = ?", caseId);
            jdbc.batchUpdate("INSERT INTO handover_responsibility (case_id, seq, worker_ref, from_date, until_date)"
                    + " VALUES (?, ?, ?, ?, ?)", responsibilityRows(caseId, plan));
        }
        return updated == 1;
    }

    /** Marks cases superseded by a later run, only if still at the version read (no decision came in between). */
    List<String> supersede(Map<String, Integer> versionsByCase, long runId) {
        List<String> superseded = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : new TreeMap<>(versionsByCase).entrySet()) {
            int updated = jdbc.update("UPDATE handover_case SET current_case = FALSE, superseded_by_run = ?,"
                    + " version = version + 1 WHERE case_id = ? AND version = ? AND current_case", runId,
                    entry.getKey(), entry.getValue());
            if (updated == 1) {
                superseded.add(entry.getKey());
            }
        }
        return superseded;
    }

    // ---- runs, unpaired, loads ----------------------------------------------------------------------------------

    void startRun(long runId, String wave, Instant startedAt, String startedBy, String settings) {
        jdbc.update("INSERT INTO handover_run (run_id, wave_code, started_at, started_by, solver_settings)"
                + " VALUES (?, ?, ?, ?, ?)", runId, wave, Timestamp.from(startedAt), startedBy, settings);
    }

    void finishRun(ProposalRun run, Instant finishedAt) {
        jdbc.update("UPDATE handover_run SET finished_at = ?, cohort_persons = ?, open_clients = ?,"
                        + " needing_handover = ?, kept_decided = ?, paired_clients = ?, proposals = ?, unpaired = ?,"
                        + " kept_current_worker = ?, long_standing = ?, long_standing_known = ?, busiest_worker = ?,"
                        + " busiest_points = ?, busiest_capacity = ?, build_ms = ?, solve_ms = ?, score = ?"
                        + " WHERE run_id = ?", Timestamp.from(finishedAt), run.cohortPersons(), run.openClients(),
                run.needingHandover(), run.keptDecided(), run.pairedClients(), run.proposals(), run.unpaired().size(),
                run.keptCurrentWorker(), run.longStanding(), run.longStandingKnown(), run.busiestWorker(),
                run.busiestPoints(), run.busiestCapacity(), run.buildMillis(), run.solveMillis(), run.score(),
                run.runId());
    }

    void insertUnpaired(long runId, String wave, List<ProposalRun.Unpaired> unpaired) {
        jdbc.batchUpdate("INSERT INTO handover_unpaired (run_id, person_id, wave_code, reason, detail, team_code,"
                + " handover_reasons) VALUES (?, ?, ?, ?, ?, ?, ?)", unpaired.stream()
                .map(u -> new Object[]{runId, u.personId(), wave, u.reason(), clip(u.detail(), 400), u.teamCode(),
                        String.join(";", u.handoverReasons())}).toList());
    }

    List<ProposalRun.Unpaired> unpaired(long runId) {
        return jdbc.query("SELECT person_id, reason, detail, team_code, handover_reasons FROM handover_unpaired"
                + " WHERE run_id = ? ORDER BY person_id", (rs, i) -> new ProposalRun.Unpaired(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), list(rs.getString(5), ";")), runId);
    }

    void insertWorkerLoads(long runId, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO handover_worker_load (run_id, worker_id, outside_points, points_after,"
                + " capacity_points) VALUES (?, ?, ?, ?, ?)", rows);
    }

    /** The load a worker keeps outside the run's problem, as the run saw it. */
    int outsidePoints(long runId, String workerId) {
        List<Integer> points = jdbc.queryForList("SELECT outside_points FROM handover_worker_load WHERE run_id = ?"
                + " AND worker_id = ?", Integer.class, runId, workerId);
        return points.isEmpty() ? 0 : points.get(0);
    }

    /** Every worker's outside load in a run. */
    Map<String, Integer> outsidePoints(long runId) {
        Map<String, Integer> points = new HashMap<>();
        jdbc.query("SELECT worker_id, outside_points FROM handover_worker_load WHERE run_id = ?",
                rs -> {
                    points.put(rs.getString(1), rs.getInt(2));
                }, runId);
        return points;
    }

    /** Current cases' weight and whether each is a new handover for the worker, by incoming worker, in a wave. */
    record Assignment(String caseId, String workerId, int weightPoints, boolean newHandover) {
    }

    List<Assignment> assignments(String wave) {
        return jdbc.query("SELECT c.case_id, c.incoming_worker, c.weight_points, CASE WHEN EXISTS (SELECT 1 FROM"
                + " handover_case_worker w WHERE w.case_id = c.case_id AND w.merged_worker_id = c.incoming_worker)"
                + " THEN 0 ELSE 1 END FROM handover_case c WHERE c.wave_code = ? AND c.current_case"
                + " AND c.state <> 'REJECTED' ORDER BY c.case_id", (rs, i) -> new Assignment(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getInt(4) == 1), wave);
    }

    java.util.Optional<Long> latestRun(String wave) {
        return jdbc.queryForList("SELECT MAX(run_id) FROM handover_run WHERE wave_code = ? AND finished_at IS NOT NULL",
                Long.class, wave).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    List<Map<String, Object>> runs(String wave) {
        return jdbc.queryForList("SELECT * FROM handover_run WHERE wave_code = ? ORDER BY run_id DESC", wave);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Persons of a wave whose current handover a lead has decided (approved or re-paired) or that went further. */
    Set<String> decidedPersons(String wave) {
        return new java.util.TreeSet<>(named.queryForList("SELECT DISTINCT person_id FROM handover_case"
                        + " WHERE wave_code = :wave AND current_case AND state IN (:states)",
                Map.of("wave", wave, "states", DECIDED.stream().map(Enum::name).toList()), String.class));
    }

    /** The list view: current cases matching the filter, without their trails. */
    List<CaseSummary> summaries(String wave, HandoverState state, Collection<String> teams, int limit) {
        StringBuilder sql = new StringBuilder("SELECT case_id, wave_code, person_id, state, team_code, incoming_worker,"
                + " proposed_worker, reasons, keeps_current_worker, known_contacts, warnings, effective_on"
                + " FROM handover_case WHERE current_case");
        Map<String, Object> parameters = new HashMap<>();
        if (wave != null) {
            sql.append(" AND wave_code = :wave");
            parameters.put("wave", wave);
        }
        if (state != null) {
            sql.append(" AND state = :state");
            parameters.put("state", state.name());
        }
        if (teams != null) {
            if (teams.isEmpty()) {
                return List.of();
            }
            sql.append(" AND team_code IN (:teams)");
            parameters.put("teams", teams);
        }
        sql.append(" ORDER BY wave_code, team_code, person_id FETCH FIRST ").append(Math.max(1, limit))
                .append(" ROWS ONLY");
        return named.query(sql.toString(), parameters, (rs, i) -> new CaseSummary(rs.getString(1), rs.getString(2),
                rs.getString(3), HandoverState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                rs.getString(7), list(rs.getString(8), ";"), rs.getBoolean(9), rs.getInt(10),
                list(rs.getString(11), "\n").size(), rs.getDate(12).toLocalDate()));
    }

    /** Counts of current cases per wave and state. */
    Map<String, Map<HandoverState, Integer>> countsByWave() {
        Map<String, Map<HandoverState, Integer>> counts = new TreeMap<>();
        jdbc.query("SELECT wave_code, state, COUNT(*) FROM handover_case WHERE current_case GROUP BY wave_code, state",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), w -> new java.util.EnumMap<>(HandoverState.class))
                            .put(HandoverState.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return counts;
    }

    java.util.Optional<StoredCase> find(String caseId) {
        List<StoredCase> found = load("c.case_id = :id", Map.of("id", caseId));
        return found.stream().findFirst();
    }

    /** Every current case of a wave, sorted by person id. */
    List<StoredCase> current(String wave) {
        return load("c.wave_code = :wave AND c.current_case", Map.of("wave", wave));
    }

    private List<StoredCase> load(String where, Map<String, Object> parameters) {
        Map<String, List<CurrentWorker>> workers = new HashMap<>();
        named.query("SELECT w.case_id, w.legacy_ref, w.merged_worker_id FROM handover_case_worker w"
                + " JOIN handover_case c ON c.case_id = w.case_id WHERE " + where + " ORDER BY w.legacy_ref",
                parameters, rs -> {
                    workers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CurrentWorker(rs.getString(2), rs.getString(3)));
                });
        Map<String, SortedMap<String, Integer>> familiarity = new HashMap<>();
        named.query("SELECT f.case_id, f.worker_id, f.contacts FROM handover_familiarity f"
                + " JOIN handover_case c ON c.case_id = f.case_id WHERE " + where, parameters, rs -> {
                    familiarity.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        Map<String, List<ResponsibilityPeriod>> periods = new HashMap<>();
        named.query("SELECT r.case_id, r.worker_ref, r.from_date, r.until_date FROM handover_responsibility r"
                + " JOIN handover_case c ON c.case_id = r.case_id WHERE " + where + " ORDER BY r.case_id, r.seq",
                parameters, rs -> {
                    periods.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ResponsibilityPeriod(
                            rs.getString(2), rs.getDate(3).toLocalDate(), localDate(rs, 4)));
                });
        Map<String, List<AuditEvent>> trails = new HashMap<>();
        named.query("SELECT t.case_id, c.person_id, t.actor, t.actor_role, t.at, t.from_state, t.to_state,"
                + " t.incoming_worker, t.reason, t.detail FROM handover_transition t"
                + " JOIN handover_case c ON c.case_id = t.case_id WHERE " + where + " ORDER BY t.case_id, t.seq",
                parameters, rs -> {
                    trails.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new AuditEvent(
                            rs.getString(2), rs.getString(3), ActorRole.valueOf(rs.getString(4)),
                            rs.getTimestamp(5).toInstant(), rs.getString(6) == null ? null
                            : HandoverState.valueOf(rs.getString(6)), HandoverState.valueOf(rs.getString(7)),
                            rs.getString(8), rs.getString(9), rs.getString(10)));
                });
        Map<String, StoredCase> cases = new LinkedHashMap<>();
        named.query("SELECT * FROM handover_case c WHERE " + where + " ORDER BY c.person_id, c.case_id", parameters,
                rs -> {
                    String id = rs.getString("case_id");
                    cases.put(id, row(rs, workers.getOrDefault(id, List.of()),
                            familiarity.getOrDefault(id, new TreeMap<>()), periods.getOrDefault(id, List.of()),
                            trails.getOrDefault(id, List.of())));
                });
        return new ArrayList<>(cases.values());
    }

    private static StoredCase row(ResultSet rs, List<CurrentWorker> workers, SortedMap<String, Integer> familiarity,
                                  List<ResponsibilityPeriod> periods, List<AuditEvent> trail) throws SQLException {
        String personId = rs.getString("person_id");
        LocalDate cutover = rs.getDate("cutover_date").toLocalDate();
        Set<HandoverReason> reasons = EnumSet.noneOf(HandoverReason.class);
        list(rs.getString("reasons"), ";").forEach(r -> reasons.add(HandoverReason.valueOf(r)));
        Set<ClientFlag> flags = EnumSet.noneOf(ClientFlag.class);
        list(rs.getString("flags"), ";").forEach(f -> flags.add(ClientFlag.valueOf(f)));
        HandoverClient client = new HandoverClient(personId, Locality.valueOf(rs.getString("locality")),
                ServiceLine.valueOf(rs.getString("service_line")), flags, rs.getString("preferred_language"),
                rs.getString("preferred_gender"), workers, familiarity, reasons, cutover);
        HandoverPlan plan = new HandoverPlan(personId, rs.getString("incoming_worker"),
                list(rs.getString("outgoing_refs"), ";"), localDate(rs, "window_start"), localDate(rs, "window_end"),
                localDate(rs, "informed_on"), list(rs.getString("joint_visits"), ";").stream().map(LocalDate::parse)
                .toList(), localDate(rs, "risk_review_on"), localDate(rs, "effective_on"),
                localDate(rs, "follow_up_on"), new ResponsibilityTimeline(periods));
        HandoverCase handover = HandoverWorkflow.restore(client, rs.getString("approver_lead"), plan, trail);
        return new StoredCase(rs.getString("case_id"), rs.getString("wave_code"), rs.getLong("run_id"),
                rs.getBoolean("current_case"), rs.getString("team_code"), rs.getString("proposed_worker"),
                rs.getBoolean("keeps_current_worker"), rs.getInt("weight_points"), rs.getInt("known_contacts"),
                list(rs.getString("drivers"), "\n"), list(rs.getString("warnings"), "\n"),
                rs.getString("score_breakdown"), rs.getString("long_standing_with"),
                localDate(rs, "relationship_since"), rs.getInt("version"), handover);
    }

    // ---- codecs -------------------------------------------------------------------------------------------------

    private static List<Object[]> responsibilityRows(String caseId, HandoverPlan plan) {
        List<Object[]> rows = new ArrayList<>();
        List<ResponsibilityPeriod> periods = plan.responsibility().periods();
        for (int seq = 0; seq < periods.size(); seq++) {
            ResponsibilityPeriod p = periods.get(seq);
            rows.add(new Object[]{caseId, seq + 1, p.workerRef(), Date.valueOf(p.from()),
                    p.until() == null ? null : Date.valueOf(p.until())});
        }
        return rows;
    }

    private static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    private static String dates(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(";"));
    }

    static List<String> list(String text, String separator) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).filter(s -> !s.isEmpty()).toList();
    }

    private static String clip(String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
