package org.carebridge.handovers;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.needs.ClientRelationships;
import org.carebridge.handover.needs.HandoverNeed;
import org.carebridge.handover.needs.HandoverNeeds;
import org.carebridge.load.CohortSourceReader;
import org.carebridge.load.LoadContext;
import org.carebridge.load.PersonSources;
import org.carebridge.load.PersonTarget;
import org.carebridge.load.PersonTransform;
import org.carebridge.wave.CohortAnalysis;
import org.carebridge.wave.WavesProperties.Wave;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads a wave's handover problem from staging in one pass over the cohort, in batches of persons with set
 * queries (the loader's own reader and transform): open clients, their handover needs by the same rules and
 * threshold as the wave gate ({@link CohortAnalysis#relationships} and the library's {@link HandoverNeeds}),
 * their facts, and the lead worker each other open client keeps. Familiarity comes from two grouped queries.
 */
final class WaveProblemReader {

    private static final int BATCH = 500;

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final CaseloadWeighting weighting;
    private final Period longStandingThreshold;
    private final Period familiarityWindow;

    WaveProblemReader(NamedParameterJdbcTemplate named, JdbcTemplate jdbc, CaseloadWeighting weighting,
                      Period longStandingThreshold, Period familiarityWindow) {
        this.named = named;
        this.jdbc = jdbc;
        this.weighting = weighting;
        this.longStandingThreshold = longStandingThreshold;
        this.familiarityWindow = familiarityWindow;
    }

    WaveProblem read(Wave wave, long cohortRunId, LoadContext context) {
        CohortSourceReader reader = new CohortSourceReader(named);
        PersonTransform transform = new PersonTransform(context);
        HandoverNeeds needs = new HandoverNeeds(context.cutover(), longStandingThreshold);
        Map<String, Integer> outsideLoads = new TreeMap<>(new LiveCaseloads(jdbc)
                .outside(wave.code(), context.cutover(), weighting));
        int[] persons = {0};
        int[] open = {0};
        List<HandoverNeed> found = new ArrayList<>();
        Map<String, ClientFacts> facts = new HashMap<>();
        reader.cohortInBatches(cohortRunId, BATCH, batch -> {
            persons[0] += batch.size();
            for (PersonSources sources : reader.read(batch, false).values()) {
                PersonTarget target = transform.transform(sources);
                if (!target.openClient()) {
                    continue;
                }
                open[0]++;
                ClientRelationships relationships = CohortAnalysis.relationships(sources, context);
                ClientFacts clientFacts = ClientFacts.of(sources, context, relationships.knownToMentalHealthServices());
                var need = needs.assess(relationships);
                if (need.isPresent()) {
                    found.add(need.get());
                    facts.put(sources.personId(), clientFacts);
                } else if (target.leadWorker() != null && target.leadWorker().named()) {
                    outsideLoads.merge(target.leadWorker().workerId(),
                            weighting.pointsFor(clientFacts.flags()), Integer::sum);
                }
            }
        });
        Map<String, SortedMap<String, Integer>> familiarity = new FamiliarityReader(jdbc).read(cohortRunId,
                context.cutover(), familiarityWindow, context.workforce(), facts.keySet());

        List<HandoverClient> clients = new ArrayList<>();
        List<WaveProblem.Unbuildable> unbuildable = new ArrayList<>();
        for (HandoverNeed need : found) {
            ClientFacts f = facts.get(need.personId());
            if (f.serviceLine().isEmpty()) {
                unbuildable.add(new WaveProblem.Unbuildable(need, "NO_SERVICE_LINE",
                        "no current team of the client maps to a service line"));
            } else if (f.locality().isEmpty()) {
                unbuildable.add(new WaveProblem.Unbuildable(need, "NO_LOCALITY",
                        "neither the client's postcode nor their team gives a locality"));
            } else {
                clients.add(new HandoverClient(need.personId(), f.locality().get(), f.serviceLine().get(), f.flags(),
                        f.preferredLanguage(), null, need.currentWorkers(),
                        familiarity.getOrDefault(need.personId(), new TreeMap<>()), need.reasons(), context.cutover()));
            }
        }
        return new WaveProblem(wave, cohortRunId, persons[0], open[0], found, clients, unbuildable, outsideLoads,
                context.workforce());
    }
}
