package org.carebridge.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.carebridge.cli.UserFacingException;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.merged.ModelChecksum;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waves end to end on generated sources: plan, rehearse, gates, cut over, re-run, roll back. Each database has a
 * subclass supplying the Spring context.
 */
abstract class WaveScenarioContract {

    static Path data;

    @TestConfiguration(proxyBeanMethods = false)
    static class KnownPeople {
        @Bean
        @Primary
        PersonDirectory answerKeyDirectory(JdbcTemplate jdbc) {
            return () -> new AnswerKeyPersonDirectory(data, jdbc).relation();
        }
    }

    @Autowired
    WaveService waves;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModelChecksum checksums;

    @Autowired
    WaveLifecycle lifecycle;

    @BeforeAll
    static void generate() throws Exception {
        data = Files.createTempDirectory("waves");
        new SourceGenerator(GeneratorSettings.builder().people(400).seed(5).build()).generate(data);
    }

    @BeforeEach
    void freshMergedModel() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM staging_run", Long.class) == 0) {
            assertThat(staging.stage(new StagingRequest(data.resolve("council"), false, data.resolve("oxleas"),
                    data.resolve("workforce.csv"), GeneratorSettings.DEFAULT_AS_OF)).balanced()).isTrue();
        }
        jdbc.execute("DROP SCHEMA IF EXISTS merged CASCADE");
        jdbc.execute("DROP SCHEMA IF EXISTS rehearsal CASCADE");
        for (String table : new String[]{"wave", "wave_transition", "wave_member", "wave_run", "wave_record",
                "gate_override", "run_lock"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    @Test
    void everyPersonIsInExactlyOneWaveOrListedAsInNone() {
        PlanReport plan = waves.plan();

        int total = new AnswerKeyPersonDirectory(data, jdbc).persons().size();
        assertThat(plan.cohorts().values().stream().mapToInt(Integer::intValue).sum() + plan.unassigned().size())
                .isEqualTo(total);
        assertThat(plan.cohorts()).allSatisfy((wave, size) -> assertThat(size).as(wave).isPositive());
    }

    @Test
    void aRehearsalLoadsTheRehearsalSchemaAndLeavesTheLiveModelUntouched() {
        WaveRun run = waves.rehearse("W1-LD", null, "tester");

        assertThat(run.persons()).isPositive();
        assertThat(count(MergedModelSchema.REHEARSAL, "person", "W1-LD")).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM merged.person", Long.class)).isZero();
        assertThat(lifecycle.state("W1-LD")).isEqualTo(WaveState.REHEARSED);
    }

    @Test
    void aCutOverWaveIsReconciledAgainstTheSourceWithEveryCheckPassing() {
        WaveRun run = cutOver("W2-ADULTS");

        assertThat(run.reconciliation()).isNotNull();
        assertThat(run.reconciliation().checks()).filteredOn(c -> !c.passed())
                .as("failing checks").extracting(c -> c.id() + " expected " + c.expected() + " actual " + c.actual())
                .isEmpty();
        assertThat(run.reconciliation().pack().resolve("report.html")).exists();
        assertThat(lifecycle.state("W2-ADULTS")).isEqualTo(WaveState.RECONCILED);
    }

    @Test
    void aWaveCannotRunBeforeItIsRehearsedAndApproved() {
        assertThatThrownBy(() -> waves.run("W1-LD", null, "tester"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("must be rehearsed and approved");
    }

    @Test
    void aCutOverWaveGivesEveryOpenClientExactlyOneLeadWorker() {
        cutOver("W2-ADULTS");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM merged.person p WHERE p.open_client AND p.wave_code = 'W2-ADULTS'"
                + " AND (SELECT COUNT(*) FROM merged.lead_worker l WHERE l.person_id = p.person_id) <> 1", Long.class)).isZero();
        assertThat(count(MergedModelSchema.LIVE, "lead_worker", "W2-ADULTS")).isPositive();
        assertThat(count(MergedModelSchema.LIVE, "care_package", "W2-ADULTS")).isPositive();
        assertThat(lifecycle.state("W2-ADULTS")).isIn(WaveState.LOADED, WaveState.RECONCILED);
    }

    @Test
    void loadingTheSameWaveAgainChangesNothing() {
        WaveRun first = cutOver("W1-LD");
        Map<String, String> before = checksums.of(MergedModelSchema.LIVE, null);

        WaveRun again = waves.run("W1-LD", null, "tester");

        assertThat(again.refused()).isFalse();
        assertThat(checksums.of(MergedModelSchema.LIVE, null)).isEqualTo(before);
        assertThat(again.modelChecksum()).isEqualTo(first.modelChecksum());
    }

    @Test
    void rollingBackTheSecondWaveLeavesTheFirstByteIdentical() {
        cutOver("W1-LD");
        Map<String, String> firstWave = checksums.of(MergedModelSchema.LIVE, "W1-LD");
        cutOver("W2-ADULTS");
        assertThat(count(MergedModelSchema.LIVE, "person", "W2-ADULTS")).isPositive();

        WaveService.Rollback rollback = waves.rollback("W2-ADULTS", "tester", "rehearsed defect found");

        assertThat(rollback.rowsRemoved().get("person")).isPositive();
        assertThat(count(MergedModelSchema.LIVE, "person", "W2-ADULTS")).isZero();
        assertThat(checksums.of(MergedModelSchema.LIVE, "W1-LD")).isEqualTo(firstWave);
        assertThat(lifecycle.state("W2-ADULTS")).isEqualTo(WaveState.ROLLED_BACK);
    }

    @Test
    void theMentalHealthWaveIsRefusedAtTheHandoverGateNamingTheCount() {
        waves.rehearse("W3-MH", null, "tester");
        waves.approve("W3-MH", "programme.board", "rehearsal reviewed");

        WaveRun run = waves.run("W3-MH", null, "tester");

        assertThat(run.refused()).isTrue();
        assertThat(run.activeBlockers()).anySatisfy(b -> {
            assertThat(b.gate()).isEqualTo(Gate.HANDOVER_NOT_APPROVED);
            assertThat(b.count()).isPositive();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM merged.person", Long.class)).isZero();
        assertThat(lifecycle.state("W3-MH")).isEqualTo(WaveState.APPROVED_FOR_CUTOVER);
    }

    @Test
    void anOverriddenGateIsRecordedAndNoLongerBlocks() {
        waves.rehearse("W3-MH", null, "tester");
        waves.approve("W3-MH", "programme.board", "rehearsal reviewed");
        for (Gate gate : Gate.values()) {
            waves.override("W3-MH", gate, "programme.board", "test of the override path");
        }

        WaveRun run = waves.run("W3-MH", null, "tester");

        assertThat(run.refused()).isFalse();
        assertThat(run.blockers()).isNotEmpty().allSatisfy(b -> assertThat(b.overridden()).isTrue());
    }

    @Test
    void aSecondRunWhileOneIsInProgressIsRefused() {
        jdbc.update("INSERT INTO run_lock (lock_name, owner, acquired_at) VALUES ('waves', ?, CURRENT_TIMESTAMP)",
                org.carebridge.batch.ProcessOwner.current().toString());

        assertThatThrownBy(() -> waves.rehearse("W1-LD", null, "tester"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("another run is in progress");
    }

    /** Rehearse, approve and run; the generator's deliberately unknown codes are accepted by a recorded override. */
    private WaveRun cutOver(String wave) {
        waves.override(wave, Gate.UNMAPPED_CODES, "analyst", "synthetic junk codes reviewed: rows migrate without the value");
        waves.rehearse(wave, null, "tester");
        waves.approve(wave, "programme.board", "rehearsal reviewed");
        WaveRun run = waves.run(wave, null, "tester");
        assertThat(run.activeBlockers()).as("blockers of " + wave).isEmpty();
        return run;
    }

    private long count(String schema, String table, String wave) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + schema + "." + table + " WHERE wave_code = ?", Long.class, wave);
    }
}
