package org.carebridge.wave;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.carebridge.cli.UserFacingException;
import org.carebridge.database.BulkInserter;
import org.carebridge.database.TableStatistics;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.quality.Mappings;
import org.carebridge.wave.PersonFactsStream.PersonFacts;
import org.carebridge.wave.WavesProperties.Wave;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wave plan as things stand (identity, staging, waves already cut over), made one person at a time as the
 * database hands them over: the plan is never held whole. A wave's cohort goes straight to {@code wave_record}.
 */
@Component
class CohortPlanner {

    private static final List<String> COHORT_COLUMNS = List.of("run_id", "source_system", "source_id", "person_id",
            "wave_code", "late_joiner");
    private static final int[] COHORT_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BOOLEAN};

    private final WavesProperties waves;
    private final WaveLifecycle lifecycle;
    private final ObjectProvider<PersonDirectory> directory;
    private final PersonFactsStream facts;
    private final Mappings mappings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TableStatistics statistics;

    CohortPlanner(WavesProperties waves, WaveLifecycle lifecycle, ObjectProvider<PersonDirectory> directory,
                  PersonFactsStream facts, Mappings mappings, JdbcTemplate jdbc, TransactionTemplate transactions,
                  TableStatistics statistics) {
        this.waves = waves;
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.facts = facts;
        this.mappings = mappings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.statistics = statistics;
    }

    /**
     * The plan's source as things stand: who is who, and which waves have cut over. Taken before any transaction
     * of the caller's begins, since the people are read on a connection of their own.
     */
    private Source source() {
        PersonDirectory people = directory.getIfAvailable();
        if (people == null) {
            throw new UserFacingException("identity resolution is not available, so people cannot be put in waves");
        }
        Set<String> cutOver = lifecycle.states().entrySet().stream().filter(e -> e.getValue().live())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return new Source(people.relation(), new WavePlanner(waves.plan(), cutOver));
    }

    private record Source(String directory, WavePlanner planner) {
    }

    /** Hands every merged person, in person-id order, to {@code action} with their wave ({@code null}: in none). */
    private void forEachPerson(Source source, BiConsumer<PersonFacts, WaveAssignment> action) {
        facts.forEachPerson(source.directory(), mappings.load(), person -> action.accept(person,
                source.planner().assign(person)));
    }

    /** The plan as the migration team reads it: cohort sizes and the people who need a look. */
    PlanReport report() {
        Map<String, Integer> cohorts = new LinkedHashMap<>();
        waves.plan().forEach(w -> cohorts.put(w.code(), 0));
        List<String> unassigned = new ArrayList<>();
        Map<String, List<String>> conflicts = new TreeMap<>();
        List<String> late = new ArrayList<>();
        forEachPerson(source(), (person, assignment) -> {
            if (assignment == null) {
                unassigned.add(person.personId());
                return;
            }
            cohorts.computeIfPresent(assignment.wave(), (wave, n) -> n + 1); // configured waves only, as always
            if (assignment.conflict()) {
                conflicts.computeIfAbsent(String.join(" & ", assignment.matchedWaves()), k -> new ArrayList<>())
                        .add(person.personId());
            }
            if (assignment.lateJoiner()) {
                late.add(person.personId());
            }
        });
        // The database's collation orders the stream; the report is in Java's order, as it always was.
        unassigned.sort(null);
        late.sort(null);
        conflicts.values().forEach(list -> list.sort(null));
        return new PlanReport(cohorts, unassigned, conflicts, late);
    }

    /**
     * Lists the wave's cohort as planned now in {@code wave_record} under {@code runId}: each person's legacy records,
     * and whether they join late. Replaces whatever that run listed before.
     */
    void writeCohort(long runId, Wave wave) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The people are read on a connection of their own, which would not see the caller's uncommitted rows.
            throw new IllegalStateException("a wave's cohort is written in a transaction of its own, not the caller's");
        }
        Source source = source();
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM wave_record WHERE run_id = ?", runId);
            BulkInserter.Batches rows = new BulkInserter(jdbc).batches("wave_record", COHORT_COLUMNS, COHORT_TYPES);
            forEachPerson(source, (person, assignment) -> {
                if (assignment != null && assignment.wave().equals(wave.code())) {
                    for (SourceRef ref : person.sourceRecords()) {
                        rows.add(runId, ref.system().name(), ref.id(), person.personId(), wave.code(),
                                assignment.lateJoiner());
                    }
                }
            });
            rows.finish();
        });
        statistics.refresh("wave_record");
    }
}
