package org.carebridge.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.carebridge.identity.blocking.Blocker;
import org.carebridge.identity.blocking.BlockingReport;
import org.carebridge.identity.blocking.CandidatePairs;
import org.carebridge.identity.cluster.ConstrainedClustering;
import org.carebridge.identity.cluster.LinkRefusal;
import org.carebridge.identity.compare.ComparisonVector;
import org.carebridge.identity.compare.PairComparator;
import org.carebridge.identity.model.EvidenceHistogram;
import org.carebridge.identity.model.FellegiSunterModel;
import org.carebridge.identity.model.ModelTrainer;
import org.carebridge.identity.model.PairScorer;
import org.carebridge.identity.model.TrainingReport;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.normalise.PersonNormaliser;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.ClericalDecision;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.review.Verdict;
import org.carebridge.identity.rules.DeterministicRule;
import org.carebridge.identity.rules.GenerationGapRule;
import org.carebridge.identity.rules.NhsNumberRule;
import org.carebridge.identity.rules.PossibleTwinRule;
import org.carebridge.identity.stable.IdAssignment;
import org.carebridge.identity.stable.IdConflict;
import org.carebridge.identity.stable.PersonIdAssigner;
import org.carebridge.identity.stable.PersonIdGenerator;
import org.carebridge.legacy.SourceSystem;

/**
 * The one entry point: takes the staged person records of both sources, the reviewers' standing
 * decisions and the merged-person ids of earlier runs, and returns who is who.
 *
 * <ol>
 *   <li>normalise every record; block (several rules) into candidate pairs;</li>
 *   <li>train the Fellegi–Sunter model on the run's own records (u from random pairs, m by EM, λ from the
 *       candidates) and score every candidate pair;</li>
 *   <li>decide each pair: a reviewer's decision, else tier 1 (verified NHS number + date of birth), else —
 *       unless two verified NHS numbers differ — tier 2 (deterministic), else tier 3 (thresholds);</li>
 *   <li>cluster: reviewers' same-person decisions, the council's own merges and earlier persons first, then
 *       automatic matches strongest first under the safety constraints; refused links go to review;</li>
 *   <li>give the clusters stable ids.</li>
 * </ol>
 * The output depends only on the inputs and settings, not on input order or thread timing.
 */
public final class IdentityResolver {

    private final ResolutionSettings settings;
    private final NicknameTable nicknames;
    private final PairComparator comparator;
    private final PersonIdAssigner assigner;
    private final PairComparisons comparisons;

    public IdentityResolver(ResolutionSettings settings, NicknameTable nicknames, PersonIdGenerator ids) {
        this(settings, nicknames, ids, PairComparisons.IN_PROCESS);
    }

    /** As the other constructor, with the candidate pairs compared where {@code comparisons} says. */
    public IdentityResolver(ResolutionSettings settings, NicknameTable nicknames, PersonIdGenerator ids,
                            PairComparisons comparisons) {
        this.settings = settings;
        this.nicknames = nicknames;
        this.comparator = new PairComparator(nicknames);
        this.assigner = new PersonIdAssigner(ids);
        this.comparisons = comparisons;
    }

    public static IdentityResolver withDefaults(PersonIdGenerator ids) {
        return new IdentityResolver(ResolutionSettings.defaults(), NicknameTable.standard(), ids);
    }

    /** A pair as the run holds it while deciding. */
    private static final class Outcome {
        final int a;
        final int b;
        final int vector;
        final double weight;
        Decision decision;
        Tier tier;
        String rule;

        Outcome(int a, int b, int vector, double weight, Decision decision, Tier tier, String rule) {
            this.a = a;
            this.b = b;
            this.vector = vector;
            this.weight = weight;
            this.decision = decision;
            this.tier = tier;
            this.rule = rule;
        }
    }

    /**
     * The candidate pairs {@link #resolve} would compare for {@code input}: the same records taking part (deleted
     * council records left out unless the settings include them), in the same order, blocked the same way. For a
     * process that compares a range of another process's resolution.
     */
    public CandidateSet candidates(List<PersonRecord> input) {
        return prepare(input, new LinkedHashMap<>()).candidates();
    }

    /**
     * Where each record is in the run's order, found by binary search in the sorted references: a hash map of them
     * cost 75 MB at 1.35 million records, and is asked only about reviewers' decisions and council merges.
     */
    private record RecordPositions(SourceRef[] sorted) {
        Integer of(SourceRef ref) {
            int at = Arrays.binarySearch(sorted, ref);
            return at >= 0 ? at : null;
        }
    }

    /** The run's records in record order, their index, and the candidate pairs among them. */
    private record Prepared(List<PersonRecord> records, int deleted, RecordPositions indexOf,
                            Map<SourceSystem, Integer> perSystem, CandidateSet candidates) {
        List<NormalisedPerson> people() {
            return candidates.people();
        }
    }

    private Prepared prepare(List<PersonRecord> input, Map<String, Duration> timings) {
        long start = System.nanoTime();
        List<PersonRecord> records = new ArrayList<>();
        int deleted = 0;
        for (PersonRecord r : input) {
            if (r.status() == RecordStatus.DELETED && !settings.includeDeleted()) {
                deleted++;
            } else {
                records.add(r);
            }
        }
        records.sort(Comparator.comparing(PersonRecord::ref));
        SourceRef[] refs = new SourceRef[records.size()];
        Map<SourceSystem, Integer> perSystem = new EnumMap<>(SourceSystem.class);
        for (int i = 0; i < records.size(); i++) {
            refs[i] = records.get(i).ref();
            if (i > 0 && refs[i].equals(refs[i - 1])) {
                throw new IllegalArgumentException("record " + refs[i] + " is given twice");
            }
            perSystem.merge(refs[i].system(), 1, Integer::sum);
        }
        RecordPositions indexOf = new RecordPositions(refs);
        // A normaliser per run: it keeps the run's repeated values once (see PersonNormaliser#normalise).
        PersonNormaliser normaliser = new PersonNormaliser(nicknames);
        List<NormalisedPerson> people = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> normaliser.normalise(i, records.get(i))).toList();
        start = lap(timings, "normalise", start);

        CandidatePairs candidates = new Blocker(settings.blockingRules(), settings.maxBlockSize(), settings.window())
                .block(people);
        lap(timings, "block", start);
        return new Prepared(records, deleted, indexOf, perSystem,
                new CandidateSet(people, candidates, comparator, settings.parallel()));
    }

    public Resolution resolve(List<PersonRecord> input, PriorDecisions decisions, Map<SourceRef, String> existing) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        Linked linked = link(prepare(input, timings), decisions, existing, timings);
        long start = System.nanoTime();
        List<PersonRecord> records = linked.records();
        int[] groups = linked.groups();
        Map<Integer, List<SourceRef>> byGroup = new TreeMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(records.get(i).ref());
        }
        IdAssignment assignment = assigner.assign(new ArrayList<>(byGroup.values()), existing);
        List<IdConflict> conflicts = new ArrayList<>(linked.conflicts());
        conflicts.addAll(assignment.conflicts());
        lap(timings, "assign", start);
        return new Resolution(linked.perSystem(), linked.deleted(), linked.blocking(), linked.pairs(), assignment,
                conflicts, linked.training(), linked.model(), timings);
    }

    /**
     * What a resolution keeps once its pairs are decided and clustered. The candidate pairs and the normalised
     * records are not in it: with the comparisons they are the largest part of a resolution (about 700 MB at 1.35
     * million records), and they must be garbage before ids are assigned and the outcome is saved. (The comparisons
     * live on only where the {@link PairComparisons} keeps them, as {@link PairComparisons#rememberingLatest} does.)
     */
    private record Linked(List<PersonRecord> records, Map<SourceSystem, Integer> perSystem, int deleted,
                          BlockingReport blocking, int[] groups, List<PairDecision> pairs, List<IdConflict> conflicts,
                          TrainingReport training, String model) {
    }

    private Linked link(Prepared prepared, PriorDecisions decisions, Map<SourceRef, String> existing,
                        Map<String, Duration> timings) {
        List<PersonRecord> records = prepared.records();
        RecordPositions indexOf = prepared.indexOf();
        List<NormalisedPerson> people = prepared.people();
        CandidatePairs candidates = prepared.candidates().pairs();
        long start = System.nanoTime();

        ModelTrainer.Trained trained = new ModelTrainer(comparator, settings.training()).train(people);
        start = lap(timings, "train", start);

        Scored scored = score(prepared.candidates(), trained.scorer(), records.size());
        PairScorer scorer = scored.scorer();
        Map<Long, ClericalDecision> clerical = clericalByPair(decisions, indexOf);
        Map<Long, Outcome> outcomes = decide(people, candidates, scored, clerical);
        timings.put("score", Duration.ofNanos(System.nanoTime() - start));
        start = System.nanoTime();

        List<IdConflict> conflicts = new ArrayList<>();
        ConstrainedClustering clustering = cluster(people, records, indexOf, existing, scorer, clerical, outcomes,
                conflicts);
        int[] groups = clustering.groups();
        List<PairDecision> pairs = finalPairs(people, records, scorer, outcomes, clustering, groups);
        lap(timings, "cluster", start);

        TrainingReport report = trained.report();
        TrainingReport training = new TrainingReport(report.randomPairs(), report.sessions(),
                scorer.model().lambda(), scored.lambdaIterations());
        return new Linked(records, prepared.perSystem(), prepared.deleted(), candidates.report(), groups, pairs,
                conflicts, training, scorer.model().describe());
    }

    /**
     * Every candidate pair's comparison, and the scorer with λ settled on their evidence. A pair's evidence is
     * computed again from its comparison where it is needed ({@link PairScorer#log2BayesFactor}, the same value):
     * keeping it for every pair would cost more memory than the comparisons themselves.
     */
    private record Scored(int[] vectors, PairScorer scorer, int lambdaIterations) {
    }

    private Scored score(CandidateSet candidateSet, PairScorer untuned, int records) {
        CandidatePairs candidates = candidateSet.pairs();
        int c = candidates.size();
        int[] vectors = comparisons.compareAll(candidateSet);
        if (vectors.length != c) {
            throw new IllegalStateException(c + " candidate pairs but " + vectors.length + " comparisons came back");
        }
        IntStream range = IntStream.range(0, c);
        EvidenceHistogram evidence = (settings.parallel() ? range.parallel() : range).collect(EvidenceHistogram::new,
                (histogram, i) -> histogram.add(untuned.log2BayesFactor(vectors[i], candidates.first(i),
                        candidates.second(i))), EvidenceHistogram::addAll);
        double totalPairs = Math.max(1.0, records * (records - 1.0) / 2.0);
        double[] calibrated = ModelTrainer.calibrateLambda(evidence, totalPairs, untuned.model().lambda());
        return new Scored(vectors, untuned.withModel(untuned.model().withLambda(calibrated[0])), (int) calibrated[1]);
    }

    private static Map<Long, ClericalDecision> clericalByPair(PriorDecisions decisions,
                                                              RecordPositions indexOf) {
        Map<Long, ClericalDecision> clerical = new HashMap<>();
        for (ClericalDecision d : decisions.all()) {
            Integer x = indexOf.of(d.first());
            Integer y = indexOf.of(d.second());
            if (x != null && y != null) {
                clerical.put(CandidatePairs.pack(x, y), d);
            }
        }
        return clerical;
    }

    /** The pairs that are not plain non-matches, keyed by packed pair, in pair order. */
    private Map<Long, Outcome> decide(List<NormalisedPerson> people, CandidatePairs candidates, Scored scored,
                                      Map<Long, ClericalDecision> clerical) {
        double prior = scored.scorer().model().priorWeight();
        Map<Long, Outcome> outcomes = new TreeMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            int a = candidates.first(i);
            int b = candidates.second(i);
            double weight = prior + scored.scorer().log2BayesFactor(scored.vectors()[i], a, b);
            ClericalDecision d = clerical.get(candidates.pair(i));
            Outcome o = d != null ? clericalOutcome(a, b, scored.vectors()[i], weight, d)
                    : automatic(people.get(a), people.get(b), scored.vectors()[i], weight);
            if (o != null) {
                outcomes.put(candidates.pair(i), o);
            }
        }
        // Reviewers' decisions about pairs that blocking did not bring together still stand.
        for (Map.Entry<Long, ClericalDecision> e : clerical.entrySet()) {
            if (!outcomes.containsKey(e.getKey())) {
                int a = (int) (e.getKey() >>> 32);
                int b = (int) (long) e.getKey();
                int vector = comparator.compare(people.get(a), people.get(b));
                outcomes.put(e.getKey(), clericalOutcome(a, b, vector, scored.scorer().matchWeight(vector, a, b),
                        e.getValue()));
            }
        }
        return outcomes;
    }

    private Outcome automatic(NormalisedPerson a, NormalisedPerson b, int vector, double weight) {
        if (NhsNumberRule.verifiedMatch(a, b)) {
            return new Outcome(a.index(), b.index(), vector, weight, Decision.MATCH, Tier.NHS_NUMBER,
                    "rule=verified_nhs+dob");
        }
        Decision fs = settings.decide(FellegiSunterModel.probability(weight));
        if (NhsNumberRule.verifiedConflict(a, b)) {
            return fs == Decision.NON_MATCH ? null : new Outcome(a.index(), b.index(), vector, weight,
                    Decision.REVIEW, Tier.PROBABILISTIC, "rule=verified_nhs_numbers_differ");
        }
        DeterministicRule rule = DeterministicRule.firstMatching(vector);
        if (rule != null) {
            return new Outcome(a.index(), b.index(), vector, weight, Decision.MATCH, Tier.DETERMINISTIC,
                    "rule=" + rule.label());
        }
        if (fs == Decision.MATCH && PossibleTwinRule.applies(vector)) {
            return new Outcome(a.index(), b.index(), vector, weight, Decision.REVIEW, Tier.PROBABILISTIC,
                    "rule=possible_twin");
        }
        if (fs == Decision.MATCH && GenerationGapRule.applies(a, b, vector)) {
            return new Outcome(a.index(), b.index(), vector, weight, Decision.REVIEW, Tier.PROBABILISTIC,
                    "rule=generation_gap");
        }
        return fs == Decision.NON_MATCH ? null
                : new Outcome(a.index(), b.index(), vector, weight, fs, Tier.PROBABILISTIC, null);
    }

    private static Outcome clericalOutcome(int a, int b, int vector, double weight, ClericalDecision d) {
        boolean same = d.verdict() == Verdict.SAME_PERSON;
        return new Outcome(a, b, vector, weight, same ? Decision.MATCH : Decision.NON_MATCH, Tier.CLERICAL,
                same ? "clerical=same_person" : "clerical=different_people");
    }

    private ConstrainedClustering cluster(List<NormalisedPerson> people, List<PersonRecord> records,
                                          RecordPositions indexOf, Map<SourceRef, String> existing,
                                          PairScorer scorer, Map<Long, ClericalDecision> clerical,
                                          Map<Long, Outcome> outcomes, List<IdConflict> conflicts) {
        int n = people.size();
        String[] verified = new String[n];
        String[] earlier = new String[n];
        for (int i = 0; i < n; i++) {
            verified[i] = people.get(i).nhsVerified() ? people.get(i).nhsNumber() : null;
            earlier[i] = existing.get(records.get(i).ref());
        }
        double floorWeight = weightOf(settings.coherenceFloor());
        ConstrainedClustering.PairCheck check = (x, y) -> {
            ClericalDecision d = clerical.get(CandidatePairs.pack(x, y));
            if (d != null) {
                return d.verdict() == Verdict.SAME_PERSON;
            }
            NormalisedPerson px = people.get(x);
            NormalisedPerson py = people.get(y);
            if (NhsNumberRule.verifiedMatch(px, py)) {
                return true;
            }
            int vector = comparator.compare(px, py);
            return scorer.matchWeight(vector, x, y) >= floorWeight;
        };
        ConstrainedClustering clustering = new ConstrainedClustering(verified, earlier, check);
        for (Map.Entry<Long, ClericalDecision> e : clerical.entrySet()) {
            if (e.getValue().verdict() == Verdict.DIFFERENT_PEOPLE) {
                clustering.cannotLink((int) (e.getKey() >>> 32), (int) (long) e.getKey());
            }
        }
        for (Outcome o : outcomes.values()) {
            if (o.tier == Tier.CLERICAL && o.decision == Decision.MATCH) {
                clustering.mustLink(o.a, o.b);
            }
        }
        // The council's own merges: a merged record follows the record it was merged into.
        for (int i = 0; i < n; i++) {
            SourceRef target = records.get(i).mergedInto();
            Integer t = target == null ? null : indexOf.of(target);
            if (t != null && t != i) {
                long key = CandidatePairs.pack(i, t);
                Outcome o = outcomes.get(key);
                if (o == null || o.tier != Tier.CLERICAL) {
                    int vector = comparator.compare(people.get(Math.min(i, t)), people.get(Math.max(i, t)));
                    Outcome merge = new Outcome(Math.min(i, t), Math.max(i, t), vector,
                            scorer.matchWeight(vector, i, t), Decision.MATCH, Tier.SOURCE_MERGE,
                            "rule=council_merged_record");
                    if (clustering.mustLink(i, t) != null) {
                        merge.decision = Decision.REVIEW;
                        merge.rule += ";refused=" + LinkRefusal.DIFFERENT_PEOPLE_DECISION.label();
                    }
                    outcomes.put(key, merge);
                }
            }
        }
        // Earlier runs' persons stay together unless a reviewer has since said otherwise.
        Map<String, Integer> firstOfPerson = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (earlier[i] != null) {
                Integer first = firstOfPerson.putIfAbsent(earlier[i], i);
                if (first != null) {
                    clustering.mustLink(first, i);
                }
            }
        }
        List<Outcome> automatic = new ArrayList<>();
        for (Outcome o : outcomes.values()) {
            if (o.decision == Decision.MATCH && o.tier != Tier.CLERICAL && o.tier != Tier.SOURCE_MERGE) {
                automatic.add(o);
            }
        }
        automatic.sort(Comparator.<Outcome>comparingInt(o -> o.tier.ordinal())
                .thenComparing(Comparator.<Outcome>comparingDouble(o -> o.weight).reversed())
                .thenComparingInt(o -> o.a).thenComparingInt(o -> o.b));
        for (Outcome o : automatic) {
            LinkRefusal refusal = clustering.link(o.a, o.b);
            if (refusal != null) {
                o.decision = Decision.REVIEW;
                o.rule = (o.rule == null ? "" : o.rule + ";") + "refused=" + refusal.label();
                if (refusal == LinkRefusal.EXISTING_PERSONS) {
                    conflicts.add(new IdConflict(IdConflict.Kind.EXISTING_PERSONS_LINKED,
                            List.of(String.join("+", clustering.existingIdsOf(o.a)),
                                    String.join("+", clustering.existingIdsOf(o.b))),
                            List.of(records.get(o.a).ref(), records.get(o.b).ref())));
                }
            }
        }
        return clustering;
    }

    private List<PairDecision> finalPairs(List<NormalisedPerson> people, List<PersonRecord> records,
                                          PairScorer scorer, Map<Long, Outcome> outcomes,
                                          ConstrainedClustering clustering, int[] groups) {
        List<PairDecision> pairs = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (Map.Entry<Long, Outcome> e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            if (o.decision == Decision.NON_MATCH) {
                continue;
            }
            listed.add(e.getKey());
            boolean together = clustering.together(o.a, o.b);
            Decision decision = together ? Decision.MATCH : Decision.REVIEW;
            Tier tier = together && o.decision == Decision.REVIEW ? Tier.CLUSTER : o.tier;
            String rule = together && o.decision == Decision.REVIEW ? "via=cluster" : o.rule;
            pairs.add(decision(records, o.a, o.b, o.vector, o.weight, decision, tier, rule));
        }
        // Pairs joined only through other links are the same person too; list them with their own evidence.
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < groups.length; i++) {
            members.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : members.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int a = group.get(x);
                    int b = group.get(y);
                    if (!listed.contains(CandidatePairs.pack(a, b))) {
                        int vector = comparator.compare(people.get(a), people.get(b));
                        pairs.add(decision(records, a, b, vector, scorer.matchWeight(vector, a, b), Decision.MATCH,
                                Tier.CLUSTER, "via=cluster"));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing(PairDecision::left).thenComparing(PairDecision::right));
        return pairs;
    }

    private static PairDecision decision(List<PersonRecord> records, int a, int b, int vector, double weight,
                                         Decision decision, Tier tier, String rule) {
        String evidence = ComparisonVector.evidence(vector) + (rule == null ? "" : ";" + rule);
        return new PairDecision(records.get(a).ref(), records.get(b).ref(), decision,
                FellegiSunterModel.probability(weight), weight, tier, evidence);
    }

    private static double weightOf(double probability) {
        return Math.log(probability / (1 - probability)) / Math.log(2);
    }

    private static long lap(Map<String, Duration> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, Duration.ofNanos(now - since));
        return now;
    }
}
