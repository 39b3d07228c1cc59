package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carebridge.linking.StagedPeopleBuilder.zebedee;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.SortedMap;
import org.carebridge.audit.AuditEntry;
import org.carebridge.audit.AuditTrail;
import org.carebridge.batch.JobRunner;
import org.carebridge.database.RunIds;
import org.carebridge.identity.CandidateSet;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.PairComparisons;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.identity.review.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the persisted assignment and review decisions must do on every supported database: ids survive
 * re-runs, new records attach, a reviewer's decision is applied by the next run and by every run after it.
 */
abstract class IdentityPersistenceContract {

    static final SourceRef COUNCIL = SourceRef.council("900001");
    static final SourceRef OXLEAS = SourceRef.oxleas("TST0000001");

    @Autowired
    IdentityService identity;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StagedPeople stagedPeople;

    @Autowired
    PersonIdentityStore identities;

    @Autowired
    DecisionStore decisionStore;

    @Autowired
    ResolutionStore resolutions;

    @Autowired
    RunIds runIds;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JobRunner jobs;

    @Autowired
    Job compareIdentityPairsJob;

    StagedPeopleBuilder staging;

    /** The audit trail is shared and append-only: tests look at entries after this one. */
    long auditMark;

    @BeforeEach
    void backgroundPopulationStaged() {
        staging = StagedPeopleBuilder.emptyStagingAndIdentity(jdbc).withBackground();
        auditMark = audit.latest(1).stream().mapToLong(e -> e.eventId()).max().orElse(0);
    }

    List<AuditEntry> auditedPair(String subject) {
        return audit.about(IdentityService.AUDIT_SUBJECT, subject).stream().filter(e -> e.eventId() > auditMark)
                .toList();
    }

    @Test
    void givenStagedPeople_whenResolvedAgain_thenNobodyIsRenumberedAndNothingIsAdded() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();
        ResolutionSummary first = identity.resolveStaged();
        SortedMap<SourceRef, String> before = identity.assignment().snapshot();

        ResolutionSummary second = identity.resolveStaged();

        assertThat(first.newPersons()).isPositive();
        assertThat(second.newPersons()).isZero();
        assertThat(second.attachedRecords()).isZero();
        assertThat(identity.assignment().snapshot()).isEqualTo(before);
        assertThat(identity.assignment().personOf(COUNCIL)).isPresent().isEqualTo(identity.assignment().personOf(OXLEAS));
    }

    @Test
    void givenNothingChangedSinceTheLatestRunOnAFinishedStaging_whenAWaveAsksToResolve_thenThatRunStands() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();
        finishedStagingRun();
        identity.resolveStaged();
        long runs = identityRuns();

        assertThat(identity.resolveStagedIfChanged()).isEmpty();
        assertThat(identityRuns()).isEqualTo(runs);
    }

    @Test
    void givenAReviewersDecisionSinceTheLatestRun_whenAWaveAsksToResolve_thenItResolvesAgain() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();
        finishedStagingRun();
        identity.resolveStaged();

        identity.decide(COUNCIL, OXLEAS, Verdict.DIFFERENT_PEOPLE, "reviewer", "different mothers' names on file");

        assertThat(identity.resolveStagedIfChanged()).isPresent();
    }

    @Test
    void givenNewlyStagedPeople_whenAWaveAsksToResolve_thenItResolvesAgain() {
        staging.with(zebedee(COUNCIL).build()).stage();
        finishedStagingRun();
        identity.resolveStaged();

        staging.with(zebedee(OXLEAS).build()).stage();
        finishedStagingRun();

        assertThat(identity.resolveStagedIfChanged()).isPresent();
        assertThat(identity.assignment().personOf(OXLEAS)).isPresent();
    }

    @Test
    void givenAStagingRunStillUnderWay_whenAWaveAsksToResolve_thenItAlwaysResolves() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();
        finishedStagingRun();
        identity.resolveStaged();

        jdbc.update("INSERT INTO staging_run (run_id, started_at, status) VALUES (?, CURRENT_TIMESTAMP, 'STARTED')",
                nextStagingRunId());

        assertThat(identity.resolveStagedIfChanged()).isPresent();
    }

    private void finishedStagingRun() {
        jdbc.update("INSERT INTO staging_run (run_id, started_at, finished_at, status) VALUES (?, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 'COMPLETED')", nextStagingRunId());
    }

    private long nextStagingRunId() {
        Long max = jdbc.queryForObject("SELECT MAX(run_id) FROM staging_run", Long.class);
        return (max == null ? 0 : max) + 1_000_000;
    }

    private long identityRuns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM identity_run", Long.class);
    }

    @Test
    void givenAPersonAlreadyAssigned_whenTheirOxleasRecordArrivesInTheNextWave_thenItAttachesToThatPerson() {
        String nhs = StagedPeopleBuilder.unusedNhsNumber(1);
        staging.with(zebedee(COUNCIL).nhsNumber(nhs, "01").build()).stage();
        identity.resolveStaged();
        String person = identity.assignment().personOf(COUNCIL).orElseThrow();

        staging.with(zebedee(OXLEAS).nhsNumber(nhs, "01").forename("Zeb").build()).stage();
        ResolutionSummary wave2 = identity.resolveStaged();

        assertThat(wave2.attachedRecords()).isEqualTo(1);
        assertThat(identity.assignment().personOf(OXLEAS)).contains(person);
        assertThat(identity.assignment().recordsOf(person)).containsExactly(COUNCIL, OXLEAS);
    }

    @Test
    void givenAReviewPair_whenAReviewerSaysSamePerson_thenTheNextRunsKeepThemOnePersonAndTheDecisionIsAudited() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        identity.resolveStaged();
        assertThat(identity.reviewQueue()).anySatisfy(item -> assertThat(item.left()).isEqualTo(COUNCIL));

        DecisionReceipt receipt = identity.decide(OXLEAS, COUNCIL, Verdict.SAME_PERSON, "reviewer.a",
                "same GP practice and next of kin");
        identity.resolveStaged();
        String person = identity.assignment().personOf(COUNCIL).orElseThrow();
        identity.resolveStaged();

        assertThat(identity.assignment().personOf(OXLEAS)).contains(person);
        assertThat(identity.assignment().personOf(COUNCIL)).contains(person);
        assertThat(identity.reviewQueue()).noneSatisfy(item -> assertThat(item.left()).isEqualTo(COUNCIL));
        assertThat(auditedPair("COUNCIL:900001+OXLEAS:TST0000001")).singleElement().satisfies(entry -> {
                    assertThat(entry.eventId()).isEqualTo(receipt.auditEventId());
                    assertThat(entry.actor()).isEqualTo("reviewer.a");
                    assertThat(entry.action()).isEqualTo("IDENTITY_SAME_PERSON");
                    assertThat(entry.reason()).isEqualTo("same GP practice and next of kin");
                });
    }

    @Test
    void givenTheCandidatePairsSplitIntoThreeRanges_whenTheComparisonJobRuns_thenItsVectorsAreThoseComparedInProcess() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        CandidateSet candidates = candidatesOfTheStagedPeople();

        int[] vectors = comparisonJob(3).compareAll(candidates);

        assertThat(vectors).isEqualTo(candidates.compare(0, candidates.size()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution WHERE status = 'COMPLETED'"
                + " AND step_name LIKE 'compareCandidateRange:range-%' AND job_execution_id = (SELECT"
                + " MAX(job_execution_id) FROM batch_job_execution)", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_comparison", Integer.class))
                .as("the ranges' rows are cleared once collected").isZero();
    }

    @Test
    void givenOnlyTheFingerprint_whenAWorkerBuildsTheCandidatePairsItself_thenItComparesThemAlike() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        CandidateSet managers = candidatesOfTheStagedPeople();

        CandidateSet workers = new CandidateSetCache(stagedPeople).withFingerprint(managers.fingerprint());

        assertThat(workers).isNotSameAs(managers);
        assertThat(workers.compare(0, workers.size())).isEqualTo(managers.compare(0, managers.size()));
    }

    @Test
    void givenStagingRanAgainSinceTheManagerBlocked_whenAWorkerBuildsTheCandidatePairs_thenItRefusesInOneLine() {
        staging.with(zebedee(COUNCIL).build()).stage();
        String managers = candidatesOfTheStagedPeople().fingerprint();
        staging.with(zebedee(OXLEAS).forename("Barnabas").build()).stage();

        assertThatThrownBy(() -> new CandidateSetCache(stagedPeople).withFingerprint(managers))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the staged people are not those the identity run blocked")
                .hasMessageContaining("staging ran again meanwhile");
    }

    @Test
    void givenTheComparisonsDoneByTheJob_whenResolved_thenTheRunsPairsAreThoseOfAnInProcessRun() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        identity.resolveStaged();
        List<Map<String, Object>> inProcess = pairsOfTheLatestRun();

        service(comparisonJob(2)).resolveStaged();

        assertThat(pairsOfTheLatestRun()).isNotEmpty().isEqualTo(inProcess);
    }

    @Test
    void givenAnotherResolutionsRangesInTheScratchTable_whenAComparisonJobCompletes_thenOnlyItsOwnRowsAreCleared() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).forename("Barnabas").build()).stage();
        jdbc.update("INSERT INTO identity_comparison (comparison_id, range_from, range_to, vectors) VALUES (?, 0, 1, ?)",
                999_999L, new byte[4]);

        comparisonJob(3).compareAll(candidatesOfTheStagedPeople());

        assertThat(jdbc.queryForList("SELECT comparison_id FROM identity_comparison", Long.class))
                .containsExactly(999_999L);
    }

    @Test
    void givenAReviewDecisionRecordedWhileTheComparisonsRun_whenResolved_thenTheRunIsDoneAgainAndHonoursIt() {
        staging.with(zebedee(COUNCIL).build(), zebedee(OXLEAS).build()).stage();
        long runsBefore = identityRuns();
        AtomicInteger comparisons = new AtomicInteger();
        PairComparisons decisionLandsMeanwhile = candidates -> {
            if (comparisons.incrementAndGet() == 1) {
                identity.decide(COUNCIL, OXLEAS, Verdict.DIFFERENT_PEOPLE, "reviewer.b", "twin brothers");
            }
            return candidates.compare(0, candidates.size());
        };

        service(decisionLandsMeanwhile).resolveStaged();

        assertThat(comparisons).as("the same records' comparisons are not done again").hasValue(1);
        assertThat(identityRuns()).isEqualTo(runsBefore + 1);
        String council = identity.assignment().personOf(COUNCIL).orElseThrow();
        String oxleas = identity.assignment().personOf(OXLEAS).orElseThrow();
        assertThat(council).isNotEqualTo(oxleas);
    }

    /** Every column of the latest run's MATCH and REVIEW pairs but the run id, in pair order. */
    private List<Map<String, Object>> pairsOfTheLatestRun() {
        return jdbc.queryForList("SELECT left_system, left_id, right_system, right_id, decision, match_probability,"
                + " match_weight, tier, evidence FROM identity_pair ORDER BY left_system, left_id, right_system,"
                + " right_id");
    }

    private CandidateSet candidatesOfTheStagedPeople() {
        return IdentityResolver.withDefaults(SequentialPersonIdGenerator.continuing(IdentityService.PERSON_ID_PREFIX,
                IdentityService.PERSON_ID_DIGITS, List.of())).candidates(stagedPeople.all());
    }

    private PartitionedPairComparisons comparisonJob(int ranges) {
        return new PartitionedPairComparisons(jobs, compareIdentityPairsJob, jdbc, runIds,
                new CandidateSetCache(stagedPeople), new IdentityProperties(ranges));
    }

    private IdentityService service(PairComparisons comparisons) {
        return new IdentityService(stagedPeople, identities, decisionStore, resolutions, audit, runIds, clock,
                transactions, comparisons);
    }
}
