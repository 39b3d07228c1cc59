package org.carebridge.handover.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.handover.needs.ClientRelationships;
import org.carebridge.handover.needs.HandoverNeed;
import org.carebridge.handover.needs.HandoverNeeds;
import org.carebridge.handover.pairing.PairingFigures;
import org.carebridge.handover.pairing.PairingProblem;
import org.carebridge.handover.pairing.PairingResult;
import org.carebridge.handover.pairing.PairingService;
import org.carebridge.handover.pairing.PairingSettings;
import org.carebridge.handover.pairing.UnpairedClient;
import org.carebridge.handover.pairing.UnpairedReason;
import org.carebridge.handover.pairing.WorkerLoad;

/**
 * Benchmark: a synthetic merged organisation of {@code clients} open clients and {@code workers} workers over
 * eight weekly waves; decides who needs a handover, pairs them and prints the programme's figures.
 *
 * <p>Arguments (all optional, in order): clients (100000), workers (700), solve seconds (60), seed (42),
 * {@code unpartitioned} to solve as one problem.
 */
public final class HandoverBenchmark {

    private HandoverBenchmark() {
    }

    public static void main(String[] args) {
        int clientCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int workerCount = args.length > 1 ? Integer.parseInt(args[1]) : 700;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        boolean partitioned = !(args.length > 4 && args[4].equals("unpartitioned"));

        long start = System.nanoTime();
        SyntheticPopulation population = new SyntheticPopulation(seed, workerCount);
        List<Integer> waves = new ArrayList<>();
        List<ClientRelationships> clients = population.clients(clientCount, waves);
        long generated = System.nanoTime();

        List<HandoverNeeds> needsByWave = new ArrayList<>();
        for (int wave = 0; wave < SyntheticPopulation.WAVES; wave++) {
            needsByWave.add(HandoverNeeds.twoYearThreshold(SyntheticPopulation.cutoverOfWave(wave)));
        }
        List<HandoverNeed> needs = new ArrayList<>();
        for (int index = 0; index < clients.size(); index++) {
            needsByWave.get(waves.get(index)).assess(clients.get(index)).ifPresent(needs::add);
        }
        long assessed = System.nanoTime();

        List<HandoverClient> handoverClients = new ArrayList<>();
        needs.forEach(need -> handoverClients.add(population.handoverClient(need)));
        PairingSettings settings = PairingSettings.timeBoxed(Duration.ofSeconds(seconds))
                .withPartitioning(partitioned);
        PairingService service = new PairingService(settings);
        long solveStart = System.nanoTime();
        PairingResult result = service.pair(new PairingProblem(population.teams(), population.workers(),
                handoverClients));
        long solved = System.nanoTime();

        print(clientCount, workerCount, needs, handoverClients, result, seconds, partitioned,
                millis(start, generated), millis(generated, assessed), millis(solveStart, solved));
    }

    private static void print(int clientCount, int workerCount, List<HandoverNeed> needs,
                              List<HandoverClient> handoverClients, PairingResult result, long seconds,
                              boolean partitioned, long generateMs, long assessMs, long solveMs) {
        PairingFigures figures = PairingFigures.of(handoverClients, result);
        Map<HandoverReason, Integer> reasons = new EnumMap<>(HandoverReason.class);
        needs.forEach(need -> need.reasons().forEach(reason -> reasons.merge(reason, 1, Integer::sum)));

        System.out.printf(Locale.ROOT, "clients %d, workers %d, waves %d, solve budget %d s, %s%n", clientCount,
                workerCount, SyntheticPopulation.WAVES, seconds, partitioned ? "partitioned" : "one problem");
        System.out.printf(Locale.ROOT, "generated in %d ms; handover needs assessed in %d ms%n", generateMs,
                assessMs);
        System.out.printf(Locale.ROOT, "need a handover: %d (by reason, a client may have several: %s)%n",
                needs.size(), reasons);
        System.out.printf(Locale.ROOT, "solve time: %d ms over %d partitions; score %s%n", solveMs,
                result.partitions(), result.score());
        System.out.printf(Locale.ROOT, "proposals: %d, of which keep a current worker: %d%n", figures.proposals(),
                figures.keptCurrentWorker());
        System.out.printf(Locale.ROOT, "long-standing MH clients kept with a worker who knows them: %d of %d "
                        + "(%.1f%%)%n", figures.longStandingWithKnownWorker(), figures.longStanding(),
                100 * figures.longStandingKnownShare());
        figures.busiestWorker().ifPresent(busiest -> System.out.printf(Locale.ROOT,
                "largest load against capacity: %s %d/%d (%.1f%%)%n", busiest.workerId(), busiest.pointsAfter(),
                busiest.capacityPoints(), 100 * busiest.ratio()));
        double meanRatio = result.workerLoads().stream().mapToDouble(WorkerLoad::ratio).filter(Double::isFinite)
                .average().orElse(0);
        System.out.printf(Locale.ROOT, "mean load against capacity: %.1f%%%n", 100 * meanRatio);
        System.out.printf(Locale.ROOT, "unpaired: %d %s%n", figures.unpaired(), figures.unpairedByReason());
        Map<UnpairedReason, UnpairedClient> examples = new EnumMap<>(UnpairedReason.class);
        result.unpaired().forEach(unpaired -> examples.putIfAbsent(unpaired.reason(), unpaired));
        examples.values().forEach(example -> System.out.printf(Locale.ROOT, "  e.g. %s: %s%n", example.personId(),
                example.detail()));
        result.proposals().stream().filter(p -> !p.keepsCurrentWorker() && p.knownContacts() > 0).findFirst()
                .ifPresent(p -> System.out.printf(Locale.ROOT, "sample explanation %s -> %s: %s%n", p.personId(),
                        p.incomingWorkerId(), p.explanation()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
