package org.carebridge.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.legacy.SourceTable;
import org.carebridge.merged.ModelChecksum;
import org.carebridge.merged.RowHash;
import org.carebridge.testsupport.CarebridgeProcess;
import org.carebridge.testsupport.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale-out over RabbitMQ with real processes, real PostgreSQL and the RabbitMQ on 127.0.0.1:5672: a wave staged,
 * rehearsed and cut over by a manager whose partitions run in two {@code worker} processes ends exactly as the same
 * wave run in one process: the same merged-model checksums and the same reconciliation packs. The queues are this
 * test's own (a random name), so nothing else consumes its partitions.
 * <p>
 * One scenario in ordered steps on one database (each step needs the wave where the one before left it); the
 * single-process reference runs once, beside the workers starting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutOverRabbitTest {

    private static final String WAVE = "W2-ADULTS";
    private static final String REFERENCE = "carebridge_remote_reference";
    private static final String REMOTE = "carebridge_remote_workers";
    private static final String QUEUES = "carebridge.test." + UUID.randomUUID();
    private static final String STAGING_QUEUE = QUEUES + ".staging";
    private static final String LOAD_QUEUE = QUEUES + ".load";
    private static final String RECONCILIATION_QUEUE = QUEUES + ".reconciliation";
    private static final String IDENTITY_QUEUE = QUEUES + ".identity";

    /** Kept after the run: the workers' and the manager's output explain a failure. */
    private final Path dir = Path.of("target", "scale-out-test", UUID.randomUUID().toString());

    private Path sources;
    private Outcome referenceRehearsal;
    private Outcome referenceLive;
    private CarebridgeProcess manager;
    /** How the workers are started: the manager's database and this test's queues. */
    private CarebridgeProcess remote;
    private final List<Worker> workers = new ArrayList<>();
    private CachingConnectionFactory broker;

    /** A merged model's checksums and the reconciliation pack written for it. */
    private record Outcome(Map<String, String> checksums, String summary, String exceptions) {
    }

    private record Worker(Process process, Path output) {
        boolean runs(long stepExecutionId) throws Exception {
            return Files.readString(output, StandardCharsets.UTF_8).contains("(step execution " + stepExecutionId + ")");
        }
    }

    @BeforeAll
    void runTheWaveInOneProcessWhileTwoWorkersStart() throws Exception {
        Files.createDirectories(dir);
        sources = dir.resolve("sources");
        new SourceGenerator(GeneratorSettings.builder().people(1200).seed(31).build()).generate(sources);
        ScratchDatabase.recreate(REFERENCE);
        ScratchDatabase.recreate(REMOTE);
        broker = new CachingConnectionFactory("127.0.0.1", 5672);

        // Workers read the partitions' own settings: two people per chunk makes a range's progress visible.
        remote = carebridge(REMOTE).with("--carebridge.remote.queues.staging=" + STAGING_QUEUE,
                "--carebridge.remote.queues.load=" + LOAD_QUEUE,
                "--carebridge.remote.queues.reconciliation=" + RECONCILIATION_QUEUE,
                "--carebridge.remote.queues.identity=" + IDENTITY_QUEUE, "--carebridge.quiet=false",
                "--carebridge.load.persons-per-chunk=2");
        for (int i = 1; i <= 2; i++) {
            startWorker();
        }
        manager = remote.with("--carebridge.remote.enabled=true", "--carebridge.remote.poll-interval=250ms");

        CarebridgeProcess single = carebridge(REFERENCE);
        stageAndRehearse(single);
        referenceRehearsal = outcome(REFERENCE, "rehearsal");
        assertThat(single.run("wave", "approve", WAVE, "--as", "board", "--reason", "rehearsed")).isZero();
        assertThat(single.run("wave", "run", WAVE, "--staged", "--as", "tester")).isZero();
        referenceLive = outcome(REFERENCE, "merged");
        assertThat(referenceLive.checksums().get("person")).isNotEqualTo(RowHash.of());
    }

    @AfterAll
    void stopWorkersAndRemoveQueues() throws Exception {
        for (Worker worker : workers) {
            worker.process().destroyForcibly();
            worker.process().waitFor(1, TimeUnit.MINUTES);
        }
        if (broker != null) {
            RabbitAdmin admin = new RabbitAdmin(broker);
            admin.deleteQueue(STAGING_QUEUE);
            admin.deleteQueue(LOAD_QUEUE);
            admin.deleteQueue(RECONCILIATION_QUEUE);
            admin.deleteQueue(IDENTITY_QUEUE);
            broker.destroy();
        }
    }

    @Test
    @Order(1)
    void twoWorkersStageAndRehearseTheWaveToTheSameModelAndReconciliationAsOneProcess() throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .failFast("a worker stopped", () -> workers.stream().anyMatch(w -> !w.process().isAlive()))
                .until(() -> consumers(STAGING_QUEUE) == 2 && consumers(LOAD_QUEUE) == 2
                        && consumers(RECONCILIATION_QUEUE) == 2 && consumers(IDENTITY_QUEUE) == 2);

        stageAndRehearse(manager.with("--carebridge.load.partitions=4", "--carebridge.identity.compare-ranges=4"));

        assertThat(outcome(REMOTE, "rehearsal")).isEqualTo(referenceRehearsal);
        for (Worker worker : workers) {
            String output = Files.readString(worker.output(), StandardCharsets.UTF_8);
            assertThat(output).as("each worker staged tables, loaded ranges and read tables for reconciliation")
                    .contains("running stageTable:", "running loadCohortRange:", "running reconcileTable:");
        }
        // The job repository's own record of who ran each partition of the rehearsal's reconciliation: every legacy
        // table, each claimed by one of the two workers, none by the manager.
        Map<String, ProcessOwner> readers = partitionOwners(ScratchDatabase.jdbc(REMOTE), "reconcileSource");
        assertThat(readers.keySet()).hasSize(SourceTable.values().length)
                .contains("reconcileReferrals:OXLEAS_REFERRALS", "reconcileTable:COUNCIL_CASE_NOTES");
        List<Long> workerPids = workers.stream().map(w -> w.process().pid()).toList();
        assertThat(readers.values()).allSatisfy(owner -> assertThat(owner.pid()).isIn(workerPids));
        assertThat(readers.values().stream().map(ProcessOwner::pid).distinct()).as("both workers read tables")
                .hasSize(2);
        // Identity resolution's comparisons: four ranges of candidate pairs, all compared by the workers.
        Map<String, ProcessOwner> comparers = partitionOwners(ScratchDatabase.jdbc(REMOTE), "compareIdentityPairs");
        assertThat(comparers.keySet()).containsExactly("compareCandidateRange:range-0000",
                "compareCandidateRange:range-0001", "compareCandidateRange:range-0002", "compareCandidateRange:range-0003");
        assertThat(comparers.values()).allSatisfy(owner -> assertThat(owner.pid()).isIn(workerPids));
    }

    @Test
    @Order(2)
    void aWorkerKilledMidPartitionFailsItsPartitionAndRunningTheCommandAgainRerunsOnlyThatPartition() throws Exception {
        assertThat(manager.run("wave", "approve", WAVE, "--as", "board", "--reason", "rehearsed")).isZero();
        CarebridgeProcess run = manager.with("--carebridge.load.partitions=2");
        Path firstOutput = dir.resolve("run-killed.out");
        Process firstRun = run.start(firstOutput, "wave", "run", WAVE, "--staged", "--as", "tester");

        // Once a range has committed a few people, hold every range at its next write (no chunk writes its people
        // while the merged person table is locked), so the kill lands mid-partition whatever the machine's speed.
        long killed;
        try (Connection lock = DriverManager.getConnection(ScratchDatabase.url(REMOTE), "postgres", "")) {
            lock.setAutoCommit(false);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .failFast("the run ended before a range was seen half-loaded", () -> !firstRun.isAlive())
                    .until(() -> rangeUnderWay(3).isPresent());
            lock.createStatement().execute("LOCK TABLE merged.person IN EXCLUSIVE MODE");
            killed = rangeUnderWay(1).orElseThrow();
            Worker victim = null;
            for (Worker worker : workers) {
                victim = worker.runs(killed) ? worker : victim;
            }
            assertThat(victim).as("the worker running step execution " + killed).isNotNull();
            victim.process().destroyForcibly(); // SIGKILL: no shutdown hook, the partition stops where it is
            victim.process().waitFor(1, TimeUnit.MINUTES);
            lock.rollback(); // the other worker's range goes on
        }

        assertThat(firstRun.waitFor(3, TimeUnit.MINUTES)).as("the manager does not wait for ever").isTrue();
        assertThat(firstRun.exitValue()).isEqualTo(1);
        assertThat(Files.readString(firstOutput, StandardCharsets.UTF_8))
                .contains("stopped while running it", "run the same command again");
        JdbcTemplate jdbc = ScratchDatabase.jdbc(REMOTE);
        String killedPartition = jdbc.queryForObject("SELECT step_name FROM batch_step_execution WHERE"
                + " step_execution_id = ? AND status = 'FAILED'", String.class, killed);
        long failedExecution = latestLoadExecution(jdbc);

        Path againOutput = dir.resolve("run-again.out");
        assertThat(run.run(againOutput, "wave", "run", WAVE, "--staged", "--as", "tester"))
                .as(Files.readString(againOutput, StandardCharsets.UTF_8)).isZero();

        long restarted = latestLoadExecution(jdbc);
        assertThat(restarted).isNotEqualTo(failedExecution);
        assertThat(instanceOf(jdbc, restarted)).as("the re-run restarted the failed load job, not a new one")
                .isEqualTo(instanceOf(jdbc, failedExecution));
        assertThat(jdbc.queryForList("SELECT step_name FROM batch_step_execution WHERE job_execution_id = ? AND"
                + " step_name LIKE 'loadCohortRange:%'", String.class, restarted))
                .as("ranges loaded by the restart").containsExactly(killedPartition);
        assertThat(outcome(REMOTE, "merged")).isEqualTo(referenceLive);
    }

    @Test
    @Order(3)
    void aWorkerKilledWhileReadingATableForReconciliationFailsThatTableAndTheReRunReadsItAloneToTheSamePack()
            throws Exception {
        startWorker(); // the step before killed one of the two
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> consumers(RECONCILIATION_QUEUE) == 2);
        JdbcTemplate jdbc = ScratchDatabase.jdbc(REMOTE);
        long earlierPass = latestExecutionOf(jdbc, "reconcileSource"); // the live run's
        Path firstOutput = dir.resolve("reconcile-killed.out");
        Process firstRun = manager.start(firstOutput, "reconcile", WAVE, "--as", "tester");

        // Once the referrals are read, every table's partition is held at its first write into the scratch rows (the
        // table is locked), so that the kill lands mid-partition whatever the machine's speed.
        long killed;
        try (Connection lock = DriverManager.getConnection(ScratchDatabase.url(REMOTE), "postgres", "")) {
            lock.setAutoCommit(false);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .failFast("the reconciliation ended before its referrals were read", () -> !firstRun.isAlive())
                    .until(() -> latestExecutionOf(jdbc, "reconcileSource") > earlierPass
                            && partitionStatus(jdbc, "reconcileReferrals:OXLEAS_REFERRALS").equals("COMPLETED"));
            lock.createStatement().execute("LOCK TABLE recon_source_row IN EXCLUSIVE MODE");
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .failFast("the reconciliation ended before a table was held", () -> !firstRun.isAlive())
                    .until(() -> tablesHeld(jdbc) > 0 && tablesHeld(jdbc) == tablesUnderWay(jdbc).size());
            killed = tablesUnderWay(jdbc).get(0);
            Worker victim = null;
            for (Worker worker : workers) {
                victim = worker.process().isAlive() && worker.runs(killed) ? worker : victim;
            }
            assertThat(victim).as("the worker reading step execution " + killed).isNotNull();
            victim.process().destroyForcibly(); // SIGKILL mid-table
            victim.process().waitFor(1, TimeUnit.MINUTES);
            lock.rollback(); // the other worker's tables go on
        }

        assertThat(firstRun.waitFor(3, TimeUnit.MINUTES)).as("the manager does not wait for ever").isTrue();
        assertThat(firstRun.exitValue()).isEqualTo(1);
        String killedPartition = jdbc.queryForObject("SELECT step_name FROM batch_step_execution WHERE"
                + " step_execution_id = ? AND status = 'FAILED'", String.class, killed);
        assertThat(Files.readString(firstOutput, StandardCharsets.UTF_8)).contains("partition " + killedPartition
                + " failed", "stopped while running it", "run the same command again");
        long failedExecution = latestExecutionOf(jdbc, "reconcileSource");

        Path againOutput = dir.resolve("reconcile-again.out");
        assertThat(manager.run(againOutput, "reconcile", WAVE, "--as", "tester"))
                .as(Files.readString(againOutput, StandardCharsets.UTF_8)).isZero();

        long restarted = latestExecutionOf(jdbc, "reconcileSource");
        assertThat(restarted).isNotEqualTo(failedExecution);
        assertThat(instanceOf(jdbc, restarted)).as("the re-run restarted the failed source pass, not a new one")
                .isEqualTo(instanceOf(jdbc, failedExecution));
        assertThat(jdbc.queryForList("SELECT step_name FROM batch_step_execution WHERE job_execution_id = ? AND"
                + " step_name LIKE '%:%'", String.class, restarted)).as("tables read by the restart")
                .containsExactly(killedPartition);
        assertThat(outcome(REMOTE, "merged")).isEqualTo(referenceLive);
        for (String scratch : List.of("recon_source_row", "recon_source_day", "recon_source_figure", "recon_referral")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + scratch, Long.class)).as(scratch).isZero();
        }
    }

    @Test
    @Order(4)
    void aWorkerKilledWhileComparingIdentityPairsFailsItsRangeAndResolvingAgainComparesOnlyThatRange() throws Exception {
        startWorker(); // the step before killed one of the two
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> consumers(IDENTITY_QUEUE) == 2);
        JdbcTemplate jdbc = ScratchDatabase.jdbc(REMOTE);
        long earlierComparison = latestExecutionOf(jdbc, "compareIdentityPairs");
        CarebridgeProcess resolve = manager.with("--carebridge.identity.compare-ranges=4");
        Path firstOutput = dir.resolve("identity-killed.out");

        // Every range is held at its write (the table is locked before the command starts: a range of 1,200 people's
        // pairs takes milliseconds), so that the kill lands mid-range whatever the machine's speed.
        Process firstRun;
        long killed;
        try (Connection lock = DriverManager.getConnection(ScratchDatabase.url(REMOTE), "postgres", "")) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE identity_comparison IN EXCLUSIVE MODE");
            firstRun = resolve.start(firstOutput, "identity", "resolve");
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .failFast("the resolution ended before a range was held", () -> !firstRun.isAlive())
                    .until(() -> latestExecutionOf(jdbc, "compareIdentityPairs") > earlierComparison
                            && tablesHeld(jdbc) == 2 && rangesUnderWay(jdbc).size() == 2);
            killed = rangesUnderWay(jdbc).get(0);
            Worker victim = null;
            for (Worker worker : workers) {
                victim = worker.process().isAlive() && worker.runs(killed) ? worker : victim;
            }
            assertThat(victim).as("the worker comparing step execution " + killed).isNotNull();
            victim.process().destroyForcibly(); // SIGKILL mid-range
            victim.process().waitFor(1, TimeUnit.MINUTES);
            lock.rollback(); // the other worker's ranges go on
        }

        assertThat(firstRun.waitFor(3, TimeUnit.MINUTES)).as("the manager does not wait for ever").isTrue();
        assertThat(firstRun.exitValue()).isEqualTo(1);
        String killedPartition = jdbc.queryForObject("SELECT step_name FROM batch_step_execution WHERE"
                + " step_execution_id = ? AND status = 'FAILED'", String.class, killed);
        assertThat(Files.readString(firstOutput, StandardCharsets.UTF_8)).contains("comparing the candidate pairs",
                "partition " + killedPartition + " failed", "stopped while running it", "run the same command again");
        long failedExecution = latestExecutionOf(jdbc, "compareIdentityPairs");

        Path againOutput = dir.resolve("identity-again.out");
        assertThat(resolve.run(againOutput, "identity", "resolve"))
                .as(Files.readString(againOutput, StandardCharsets.UTF_8)).isZero();

        long restarted = latestExecutionOf(jdbc, "compareIdentityPairs");
        assertThat(instanceOf(jdbc, restarted)).as("the re-run restarted the failed comparison job, not a new one")
                .isEqualTo(instanceOf(jdbc, failedExecution));
        assertThat(jdbc.queryForList("SELECT step_name FROM batch_step_execution WHERE job_execution_id = ? AND"
                + " step_name LIKE '%:%'", String.class, restarted)).as("ranges compared by the restart")
                .containsExactly(killedPartition);
        assertThat(identityOutcome(jdbc)).as("pairs and persons as resolved in one process")
                .isEqualTo(identityOutcome(ScratchDatabase.jdbc(REFERENCE)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_comparison", Long.class)).isZero();
    }

    @Test
    @Order(5)
    void withoutABrokerTheManagerAndAWorkerEachRefuseAtOnceInOneLine() throws Exception {
        CarebridgeProcess noBroker = carebridge(REFERENCE).with("--carebridge.remote.broker.port=1");
        long jobsBefore = ScratchDatabase.jdbc(REFERENCE).queryForObject("SELECT COUNT(*) FROM batch_job_execution",
                Long.class);
        Path managerOutput = dir.resolve("no-broker-manager.out");
        Path workerOutput = dir.resolve("no-broker-worker.out");
        CompletableFuture<Integer> staging = CompletableFuture.supplyAsync(() -> exitOf(() -> noBroker.with(
                "--carebridge.remote.enabled=true").run(managerOutput, "stage", "--council",
                sources.resolve("council").toString())));
        int worker = noBroker.run(workerOutput, "worker");

        assertThat(staging.get(5, TimeUnit.MINUTES)).isEqualTo(1);
        assertThat(worker).isEqualTo(1);
        assertThat(Files.readAllLines(managerOutput)).contains("carebridge stage: RabbitMQ is not reachable at"
                + " 127.0.0.1:1 (Connection refused); start the broker, or set carebridge.remote.enabled=false to"
                + " run on this machine alone");
        assertThat(Files.readAllLines(workerOutput)).contains("carebridge worker: RabbitMQ is not reachable at"
                + " 127.0.0.1:1 (Connection refused); start the broker, or point carebridge.remote.broker.* at the"
                + " manager's");
        assertThat(ScratchDatabase.jdbc(REFERENCE).queryForObject("SELECT COUNT(*) FROM batch_job_execution",
                Long.class)).as("no job was started").isEqualTo(jobsBefore);
    }

    @Test
    @Order(6)
    void aWaveRefusedForWantOfABrokerIsRecordedAsFailedNotLeftRunning() throws Exception {
        CarebridgeProcess noBroker = carebridge(REFERENCE).with("--carebridge.remote.broker.port=1",
                "--carebridge.remote.enabled=true");
        Path output = dir.resolve("no-broker-run.out");

        assertThat(noBroker.run(output, "wave", "run", WAVE, "--as", "tester")).isEqualTo(1);

        assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("RabbitMQ is not reachable at 127.0.0.1:1");
        JdbcTemplate jdbc = ScratchDatabase.jdbc(REFERENCE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wave_run WHERE status = 'RUNNING'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM wave_run ORDER BY run_id DESC FETCH FIRST 1 ROWS ONLY",
                String.class)).isEqualTo("FAILED");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void startWorker() throws Exception {
        Path output = dir.resolve("worker-" + (workers.size() + 1) + ".out");
        workers.add(new Worker(remote.start(output, "worker"), output));
    }

    /** Step name → the worker process that claimed it, for each partition of the latest execution of {@code job}. */
    private static Map<String, ProcessOwner> partitionOwners(JdbcTemplate jdbc, String job) {
        Map<String, ProcessOwner> owners = new TreeMap<>();
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        jdbc.query("SELECT s.step_name, COALESCE(c.serialized_context, c.short_context) FROM batch_step_execution s"
                + " JOIN batch_step_execution_context c ON c.step_execution_id = s.step_execution_id"
                + " WHERE s.job_execution_id = ? AND s.step_name LIKE '%:%'", rs -> {
            try {
                Map<String, Object> context = serializer.deserialize(
                        new ByteArrayInputStream(rs.getString(2).getBytes(StandardCharsets.ISO_8859_1)));
                owners.put(rs.getString(1), ProcessOwner.parse((String) context.get(PartitionExecutor.OWNER)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }, latestExecutionOf(jdbc, job));
        return owners;
    }

    private static String partitionStatus(JdbcTemplate jdbc, String stepName) {
        return jdbc.queryForList("SELECT status FROM batch_step_execution WHERE step_name = ? AND job_execution_id = ?",
                String.class, stepName, latestExecutionOf(jdbc, "reconcileSource")).stream().findFirst().orElse("");
    }

    /** Reconciliation partitions of the latest source pass that a worker is running. */
    private static List<Long> tablesUnderWay(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT step_execution_id FROM batch_step_execution WHERE job_execution_id = ? AND"
                + " step_name LIKE 'reconcileTable:%' AND status = 'STARTED' ORDER BY step_execution_id", Long.class,
                latestExecutionOf(jdbc, "reconcileSource"));
    }

    /** Ranges of the latest identity comparison job that a worker is running. */
    private static List<Long> rangesUnderWay(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT step_execution_id FROM batch_step_execution WHERE job_execution_id = ? AND"
                + " step_name LIKE 'compareCandidateRange:%' AND status = 'STARTED' ORDER BY step_execution_id",
                Long.class, latestExecutionOf(jdbc, "compareIdentityPairs"));
    }

    /** The latest resolution's pairs (without its run id) and every record's person, in a fixed order. */
    private static List<String> identityOutcome(JdbcTemplate jdbc) {
        List<String> outcome = new ArrayList<>(jdbc.queryForList("SELECT CONCAT_WS('|', left_system, left_id,"
                + " right_system, right_id, decision, match_probability, match_weight, tier, evidence) FROM identity_pair"
                + " ORDER BY left_system, left_id, right_system, right_id", String.class));
        outcome.addAll(jdbc.queryForList("SELECT CONCAT_WS('|', source_system, source_id, person_id) FROM"
                + " person_identity ORDER BY source_system, source_id", String.class));
        return outcome;
    }

    /** Sessions of this database waiting for a lock: the partitions held at the locked scratch table. */
    private static long tablesHeld(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND"
                + " wait_event_type = 'Lock'", Long.class);
    }

    private CarebridgeProcess carebridge(String database) {
        return new CarebridgeProcess(ScratchDatabase.url(database), dir.resolve("reports-" + database),
                dir.resolve("data-" + database)).quickStarting();
    }

    private void stageAndRehearse(CarebridgeProcess carebridge) throws Exception {
        assertThat(carebridge.run("stage", "--council", sources.resolve("council").toString(), "--oxleas",
                sources.resolve("oxleas").toString(), "--workforce", sources.resolve("workforce.csv").toString())).isZero();
        assertThat(carebridge.run("wave", "override", WAVE, "--gate", "UNMAPPED_CODES", "--as", "analyst", "--reason",
                "synthetic junk codes")).isZero();
        assertThat(carebridge.run("wave", "rehearse", WAVE, "--staged", "--as", "tester")).isZero();
    }

    /** The schema's checksums and the reconciliation pack of the latest run into it. */
    private static Outcome outcome(String database, String schema) throws Exception {
        JdbcTemplate jdbc = ScratchDatabase.jdbc(database);
        Path pack = Path.of(jdbc.queryForObject("SELECT pack_folder FROM reconciliation_run WHERE wave_code = ? AND"
                + " target_schema = ? ORDER BY recon_id DESC FETCH FIRST 1 ROWS ONLY", String.class, WAVE, schema));
        return new Outcome(new ModelChecksum(jdbc).of(schema, null),
                Files.readString(pack.resolve("summary.csv"), StandardCharsets.UTF_8),
                Files.readString(pack.resolve("exceptions.csv"), StandardCharsets.UTF_8));
    }

    private int consumers(String queue) {
        var information = new RabbitAdmin(broker).getQueueInfo(queue);
        return information == null ? 0 : information.getConsumerCount();
    }

    /** A range of a wave load that a worker is running and has committed at least {@code chunks} chunks of. */
    private static Optional<Long> rangeUnderWay(int chunks) {
        return ScratchDatabase.jdbc(REMOTE).queryForList("SELECT s.step_execution_id FROM batch_step_execution s"
                + " JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id"
                + " JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id"
                + " WHERE i.job_name = 'loadWave' AND s.step_name LIKE 'loadCohortRange:%' AND s.status = 'STARTED'"
                + " AND s.commit_count >= ? ORDER BY s.step_execution_id", Long.class, chunks).stream().findFirst();
    }

    private static long latestLoadExecution(JdbcTemplate jdbc) {
        return latestExecutionOf(jdbc, "loadWave");
    }

    private static long latestExecutionOf(JdbcTemplate jdbc, String job) {
        Long latest = jdbc.queryForObject("SELECT MAX(e.job_execution_id) FROM batch_job_execution e JOIN"
                + " batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ?", Long.class, job);
        return latest == null ? -1 : latest;
    }

    private static long instanceOf(JdbcTemplate jdbc, long jobExecution) {
        return jdbc.queryForObject("SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?",
                Long.class, jobExecution);
    }

    private interface ThrowingExit {
        int get() throws Exception;
    }

    private static int exitOf(ThrowingExit command) {
        try {
            return command.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
