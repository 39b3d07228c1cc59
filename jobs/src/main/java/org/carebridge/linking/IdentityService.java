package org.carebridge.linking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.carebridge.audit.AuditEntry;
import org.carebridge.audit.AuditTrail;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.RunIds;
import org.carebridge.identity.Decision;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.PairComparisons;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.ResolutionSettings;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.ClericalDecision;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.review.Verdict;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.legacy.SourceSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.carebridge.remote.RemoteManagerSteps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Identity resolution inside the application: who is who among the staged people, with merged-person ids
 * that never change once given, a review queue, and reviewers' decisions that every later run honours.
 * Logs carry run ids, record ids and counts only.
 */
@Service
public class IdentityService {

    /** Merged-person ids: {@code BC} and 8 digits, continuing after the highest in use. */
    public static final String PERSON_ID_PREFIX = "BC";
    public static final int PERSON_ID_DIGITS = 8;

    static final String AUDIT_SUBJECT = "IDENTITY_PAIR";
    static final String REVIEWER_ROLE = "IDENTITY_REVIEWER";

    /** Resolutions in a row that may find what they read changed before giving up. */
    private static final int OVERTAKEN_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(IdentityService.class);

    private final StagedPeople staged;
    private final PersonIdentityStore identities;
    private final DecisionStore decisions;
    private final ResolutionStore resolutions;
    private final AuditTrail audit;
    private final RunIds runIds;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PairComparisons comparisons;

    @Autowired
    IdentityService(StagedPeople staged, PersonIdentityStore identities, DecisionStore decisions,
                    ResolutionStore resolutions, AuditTrail audit, RunIds runIds, Clock clock,
                    TransactionTemplate transactions, ObjectProvider<RemoteManagerSteps> remote,
                    ObjectProvider<PartitionedPairComparisons> partitioned) {
        // With remote partitioning on, the candidate pairs' comparisons go to the workers.
        this(staged, identities, decisions, resolutions, audit, runIds, clock, transactions,
                remote.getIfAvailable() != null ? partitioned.getObject() : PairComparisons.IN_PROCESS);
    }

    IdentityService(StagedPeople staged, PersonIdentityStore identities, DecisionStore decisions,
                    ResolutionStore resolutions, AuditTrail audit, RunIds runIds, Clock clock,
                    TransactionTemplate transactions, PairComparisons comparisons) {
        this.staged = staged;
        this.identities = identities;
        this.decisions = decisions;
        this.resolutions = resolutions;
        this.audit = audit;
        this.runIds = runIds;
        this.clock = clock;
        this.transactions = transactions;
        this.comparisons = comparisons;
    }

    /**
     * Resolves the staged people with the standing review decisions and the existing assignment, and
     * persists the outcome in one transaction. Runs are serialised where it matters: the work is done outside a
     * transaction, and saved only if no other run, review decision or staging landed meanwhile (else it is done
     * again):
     * <ul>
     *   <li>new records get a person — an existing one they match (attached) or a newly minted id; rows of
     *       earlier runs are never changed, so nobody already migrated is renumbered;</li>
     *   <li>a new record in a review pair (and the other new records of its person) is held without a
     *       person until a reviewer decides, so that the decision can still take effect;</li>
     *   <li>merges or splits of existing persons (only a reviewer's decision can propose one) are stored
     *       as conflicts and not applied;</li>
     *   <li>the run's MATCH and REVIEW pairs replace the previous run's (the review queue).</li>
     * </ul>
     * Council records with RECORD_STATUS D take no part (they are not migrated); M records follow the
     * record they were merged into.
     */
    public ResolutionSummary resolveStaged() {
        // An attempt overtaken by a review decision blocks the same records again: their comparisons stand.
        PairComparisons remembered = PairComparisons.rememberingLatest(comparisons);
        for (int attempt = 1; ; attempt++) {
            Optional<ResolutionSummary> summary = resolveOnce(remembered);
            if (summary.isPresent()) {
                return summary.get();
            }
            if (attempt == OVERTAKEN_ATTEMPTS) {
                throw new UserFacingException("identity resolution was overtaken " + attempt + " times by another"
                        + " resolution, a review decision or staging while it ran; run it again when they are done");
            }
            log.info("identity resolution overtaken while it ran (attempt {}): resolving again", attempt);
        }
    }

    /**
     * Resolves outside any transaction (the comparisons may be a job on other processes), then saves the outcome in
     * one transaction if nothing it read has changed meanwhile: otherwise saves nothing.
     */
    private Optional<ResolutionSummary> resolveOnce(PairComparisons comparisons) {
        long start = System.nanoTime();
        LocalDateTime started = LocalDateTime.now(clock);
        Long headRun = identities.lastRunId();
        Long lastDecision = decisions.latestId();
        String fingerprint = staged.fingerprint();
        List<PersonRecord> records = staged.all();
        if (records.isEmpty()) {
            throw new UserFacingException("no people are staged: run ./carebridge stage first");
        }
        SortedMap<SourceRef, String> existing = identities.snapshot();
        List<RecordedDecision> standing = decisions.standing();
        IdentityResolver resolver = resolver(existing.values(), comparisons);
        Resolution resolution = resolver.resolve(records, PriorDecisions.of(standing.stream()
                .map(RecordedDecision::decision).toList()), existing);
        AssignmentPlan plan = AssignmentPlan.of(resolution, existing);

        return transactions.execute(status -> {
            identities.lockForRun();
            if (!Objects.equals(identities.lastRunId(), headRun) || !Objects.equals(decisions.latestId(), lastDecision)
                    || !Objects.equals(staged.fingerprint(), fingerprint)) {
                return Optional.<ResolutionSummary>empty();
            }
            long runId = runIds.next();
            resolutions.recordRun(summary(runId, resolution, plan, 0), started, LocalDateTime.now(clock),
                    lastDecision, fingerprint);
            identities.insert(plan.inserts(), runId, started);
            identities.markRun(runId);
            resolutions.replacePairs(runId, resolution.pairs());
            resolutions.replaceConflicts(runId, resolution.conflicts());
            ResolutionSummary summary = summary(runId, resolution, plan, (System.nanoTime() - start) / 1e9);
            log.info("identity run {}: {} council and {} Oxleas records, {} new persons, {} attached, {} held, "
                            + "{} conflicts", runId, summary.councilRecords(), summary.oxleasRecords(),
                    summary.newPersons(), summary.attachedRecords(), summary.heldRecords(), summary.conflicts());
            return Optional.of(summary);
        });
    }

    /**
     * The resolver every process uses, so that a worker blocks the staged people exactly as the manager did.
     *
     * @param existingIds the merged-person ids already given, which new ids continue from
     */
    static IdentityResolver resolver(Collection<String> existingIds, PairComparisons comparisons) {
        return new IdentityResolver(ResolutionSettings.defaults(), NicknameTable.standard(),
                SequentialPersonIdGenerator.continuing(PERSON_ID_PREFIX, PERSON_ID_DIGITS, existingIds), comparisons);
    }

    /**
     * Resolves as {@link #resolveStaged()} does, unless nothing it depends on has changed since the latest run: the
     * same finished staging run with the same person rows, and no reviewer decision since. Resolution is
     * deterministic, so that run's outcome stands; a wave's rehearsal, blockers and run no longer repeat it.
     */
    public Optional<ResolutionSummary> resolveStagedIfChanged() {
        String fingerprint = staged.fingerprint();
        Optional<ResolutionStore.LatestRun> latest = resolutions.latestRun();
        boolean unchanged = fingerprint != null && latest.isPresent()
                && fingerprint.equals(latest.get().stagedFingerprint())
                && java.util.Objects.equals(decisions.latestId(), latest.get().lastDecisionId());
        return unchanged ? Optional.empty() : Optional.of(resolveStaged());
    }

    /** The persisted assignment, for the waves: person of a source record, source records of a person. */
    public IdentityAssignment assignment() {
        return identities;
    }

    /** The latest run's REVIEW pairs, in record order, each with any decision recorded since that run. */
    public List<ReviewItem> reviewQueue() {
        Optional<ResolutionStore.LatestRun> run = resolutions.latestRun();
        if (run.isEmpty()) {
            return List.of();
        }
        Map<List<SourceRef>, RecordedDecision> since = decisions.recordedAfter(run.get().lastDecisionId()).stream()
                .collect(Collectors.toMap(d -> List.of(d.decision().first(), d.decision().second()), d -> d));
        return resolutions.pairs(Decision.REVIEW.name()).stream()
                .map(p -> item(p, Optional.ofNullable(since.get(List.of(p.left(), p.right()))))).toList();
    }

    /** Changes to existing persons the latest run proposed and did not apply. */
    public List<StoredConflict> conflicts() {
        return resolutions.conflicts();
    }

    /** The standing review decisions (latest per pair), for runs outside the database such as {@code link}. */
    public PriorDecisions standingDecisions() {
        return PriorDecisions.of(decisions.standing().stream().map(RecordedDecision::decision).toList());
    }

    /**
     * The two staged records side by side for a reviewer. The viewing is audited (who looked at which
     * records); the values go to the caller only.
     */
    @Transactional
    public PairView show(SourceRef a, SourceRef b, String viewer) {
        requireDistinct(a, b);
        String who = required(viewer, "who is looking (--as)", 100);
        RecordFields left = staged.fields(a).orElseThrow(() -> notStaged(a));
        RecordFields right = staged.fields(b).orElseThrow(() -> notStaged(b));
        Optional<ReviewItem> pair = resolutions.pair(a, b).map(p -> item(p, Optional.empty()));
        audit.append(new AuditTrail.Record(who, REVIEWER_ROLE, "IDENTITY_RECORDS_VIEWED", AUDIT_SUBJECT,
                subject(a, b), pair.map(ReviewItem::runId).orElse(null), null, null));
        return new PairView(left, right, identities.personOf(a), identities.personOf(b), pair,
                decisions.latestAbout(a, b));
    }

    /**
     * Records a reviewer's decision about two source records and its audit entry in one transaction. The
     * next {@link #resolveStaged()} and every later run honour it (the latest decision about a pair stands).
     * Refuses records that are neither staged nor assigned.
     */
    @Transactional
    public DecisionReceipt decide(SourceRef a, SourceRef b, Verdict verdict, String decidedBy, String reason) {
        requireDistinct(a, b);
        String who = required(decidedBy, "who decides (--as)", 100);
        String why = required(reason, "a reason (--reason)", 2000);
        requireKnown(a);
        requireKnown(b);
        ClericalDecision decision = new ClericalDecision(a, b, verdict, who, clock.instant());
        long id = decisions.insert(decision, why);
        Optional<ResolutionStore.StoredPairRow> listed = resolutions.pair(a, b);
        String details = "decision_id=" + id + ";listed_as=" + listed.map(p -> p.decision()
                + String.format(Locale.ROOT, ";match_probability=%.6f;tier=%s", p.probability(), p.tier()))
                .orElse("none");
        AuditEntry entry = audit.append(new AuditTrail.Record(who, REVIEWER_ROLE,
                verdict == Verdict.SAME_PERSON ? "IDENTITY_SAME_PERSON" : "IDENTITY_DIFFERENT_PEOPLE", AUDIT_SUBJECT,
                subject(decision.first(), decision.second()), listed.map(ResolutionStore.StoredPairRow::runId)
                .orElse(null), why, details));
        log.info("identity decision {} recorded for {} and {} (audit entry {})", id, decision.first(),
                decision.second(), entry.eventId());
        return new DecisionReceipt(new RecordedDecision(id, decision, why), entry.eventId(),
                effect(verdict, identities.personOf(a), identities.personOf(b)));
    }

    static String subject(SourceRef a, SourceRef b) {
        SourceRef first = a.compareTo(b) <= 0 ? a : b;
        SourceRef second = first == a ? b : a;
        return SourceRecordName.format(first) + "+" + SourceRecordName.format(second);
    }

    private static String effect(Verdict verdict, Optional<String> a, Optional<String> b) {
        boolean both = a.isPresent() && b.isPresent();
        if (verdict == Verdict.SAME_PERSON) {
            if (both && !a.get().equals(b.get())) {
                return "the records already belong to persons " + a.get() + " and " + b.get()
                        + ", which are never renumbered: the next resolve reports a conflict for the migration team";
            }
            return both ? "both records already belong to person " + a.get()
                    : "the next 'identity resolve' puts both records in one person";
        }
        if (both && a.get().equals(b.get())) {
            return "both records already belong to person " + a.get() + ", which is never split automatically:"
                    + " the next resolve reports a conflict for the migration team";
        }
        return "the next 'identity resolve' keeps the two records in different persons";
    }

    private ReviewItem item(ResolutionStore.StoredPairRow p, Optional<RecordedDecision> since) {
        return new ReviewItem(p.left(), p.right(), p.decision(), p.probability(), p.weight(), p.tier(),
                p.evidence(), p.runId(), Optional.ofNullable(p.leftPerson()), Optional.ofNullable(p.rightPerson()),
                since);
    }

    private static ResolutionSummary summary(long runId, Resolution r, AssignmentPlan plan, double seconds) {
        long crossMatches = r.count(Decision.MATCH, true);
        long crossReviews = r.count(Decision.REVIEW, true);
        return new ResolutionSummary(runId, r.records(SourceSystem.COUNCIL), r.records(SourceSystem.OXLEAS),
                r.deletedExcluded(), r.candidatePairs(), crossMatches, crossReviews,
                r.count(Decision.MATCH, false) - crossMatches, r.count(Decision.REVIEW, false) - crossReviews,
                plan.newPersons().size(), plan.attachedRecords(), plan.held().size(), r.conflicts().size(), seconds);
    }

    private void requireKnown(SourceRef ref) {
        if (!staged.contains(ref) && identities.personOf(ref).isEmpty()) {
            throw new UserFacingException(SourceRecordName.format(ref) + " is not a known record: it is neither"
                    + " staged nor assigned to a person");
        }
    }

    private static UserFacingException notStaged(SourceRef ref) {
        return new UserFacingException(SourceRecordName.format(ref) + " is not staged");
    }

    private static void requireDistinct(SourceRef a, SourceRef b) {
        if (a.equals(b)) {
            throw new UserFacingException("give two different records, not " + SourceRecordName.format(a)
                    + " twice");
        }
    }

    private static String required(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(what + " is required");
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new UserFacingException(what + " is longer than " + maxLength + " characters");
        }
        return text;
    }
}
