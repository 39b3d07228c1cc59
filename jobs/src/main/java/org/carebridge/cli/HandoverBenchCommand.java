package org.carebridge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.ProposalRun;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.WavesProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The handover benchmark through the application's own path: generate, stage, plan the waves, read each wave's
 * handover problem from staging, solve and store the proposals, and print the programme's figures per wave and
 * in total. Synthetic data only; people are linked by the generator's answer key when identity resolution is not
 * wired in.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: proposes handovers for every wave of a generated dataset (default 100,000 clients)",
                "and prints the long-standing MH share kept with a known worker, the largest load against capacity,",
                "unpaired clients by reason, and solve time. Synthetic data only."})
class HandoverBenchCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--clients", defaultValue = "100000", paramLabel = "N", description = "people generated (default ${DEFAULT-VALUE})")
    long people;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
    long seed;

    @Option(names = "--data", defaultValue = "data/bench", paramLabel = "DIR", description = "dataset folder (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--staged", description = "use what is staged now (the same dataset staged by an earlier run)")
    boolean staged;

    HandoverBenchCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Console console = context.bean(Console.class);
        GeneratorSettings settings = GeneratorSettings.builder().people(people).seed(seed).build();
        SourceGenerator generator = new SourceGenerator(settings);
        if (!generator.canReuse(data)) {
            console.result("Generating " + people + " people into " + data + " …");
            var summary = generator.generate(data);
            console.result(String.format(Locale.ROOT, "  %,d rows in %.1f s", summary.totalRows(), summary.seconds()));
        }
        if (!staged) {
            long start = System.nanoTime();
            console.result("Staging " + data + " …");
            var report = context.bean(StagingService.class).stage(new StagingRequest(data.resolve("council"), false,
                    data.resolve("oxleas"), data.resolve("workforce.csv"), settings.asOf()));
            if (!report.outcome().succeeded()) {
                throw new UserFacingException(report.outcome().reason());
            }
            console.result(String.format(Locale.ROOT, "  staged in %.1f s", (System.nanoTime() - start) / 1e9));
        }
        long resolving = System.nanoTime();
        context.bean(org.carebridge.linking.IdentityService.class).resolveStaged();
        console.result(String.format(Locale.ROOT, "Identity resolved in %.1f s", (System.nanoTime() - resolving) / 1e9));
        HandoverService handovers = context.bean(HandoverService.class);
        List<ProposalRun> runs = new ArrayList<>();
        for (WavesProperties.Wave wave : context.bean(WavesProperties.class).plan()) {
            console.result("");
            ProposalRun run = handovers.propose(wave.code(), "benchmark");
            HandoverFigures.print(console, run);
            runs.add(run);
        }
        printTotals(console, runs);
        return CarebridgeLauncher.OK;
    }

    private static void printTotals(Console console, List<ProposalRun> runs) {
        int longStanding = runs.stream().mapToInt(ProposalRun::longStanding).sum();
        int known = runs.stream().mapToInt(ProposalRun::longStandingKnown).sum();
        Map<String, Integer> unpaired = new TreeMap<>();
        runs.forEach(r -> r.unpairedByReason().forEach((reason, n) -> unpaired.merge(reason, n, Integer::sum)));
        ProposalRun busiest = runs.stream().filter(r -> r.busiestCapacity() > 0)
                .max((a, b) -> Double.compare((double) a.busiestPoints() / a.busiestCapacity(),
                        (double) b.busiestPoints() / b.busiestCapacity())).orElse(null);
        console.result("");
        console.result("All waves:");
        console.result(String.format(Locale.ROOT, "  people %,d; open clients %,d; need a handover %,d; proposals %,d",
                runs.stream().mapToInt(ProposalRun::cohortPersons).sum(),
                runs.stream().mapToInt(ProposalRun::openClients).sum(),
                runs.stream().mapToInt(ProposalRun::needingHandover).sum(),
                runs.stream().mapToInt(ProposalRun::proposals).sum()));
        console.result(String.format(Locale.ROOT, "  long-standing MH clients kept with a worker who knows them: %,d of %,d"
                + " (%.1f%%)", known, longStanding, longStanding == 0 ? 100.0 : 100.0 * known / longStanding));
        if (busiest != null) {
            console.result(String.format(Locale.ROOT, "  largest worker load against capacity: %s %d/%d (%.1f%%) in %s",
                    busiest.busiestWorker(), busiest.busiestPoints(), busiest.busiestCapacity(),
                    100.0 * busiest.busiestPoints() / busiest.busiestCapacity(), busiest.wave()));
        }
        console.result(String.format(Locale.ROOT, "  unpaired: %,d %s", unpaired.values().stream()
                .mapToInt(Integer::intValue).sum(), unpaired));
        console.result(String.format(Locale.ROOT, "  reading from staging %.1f s; solve time %.1f s",
                runs.stream().mapToLong(ProposalRun::buildMillis).sum() / 1000.0,
                runs.stream().mapToLong(ProposalRun::solveMillis).sum() / 1000.0));
    }
}
