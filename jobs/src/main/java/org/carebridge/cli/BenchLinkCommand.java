package org.carebridge.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.identity.ResolutionSettings;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.linking.AnswerKey;
import org.carebridge.linking.BundleLink;
import org.carebridge.linking.LinkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-link", mixinStandardHelpOptions = true,
        description = {"Benchmarks 'link' on generated data: generates N people (or reuses DIR when it already holds",
                "them), links DIR/council with DIR/oxleas exactly as 'link' does (no database, no review decisions),",
                "prints records per side, candidate pairs, matches, reviews, seconds and peak heap, and scores the",
                "MATCH decisions pairwise against DIR/truth/people.csv. Set the heap with CAREBRIDGE_JAVA_OPTS."})
class BenchLinkCommand implements Callable<Integer> {

    @Option(names = "--clients", defaultValue = "100000", paramLabel = "N",
            description = "distinct people to generate (default ${DEFAULT-VALUE})")
    long people;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--defect-rate", defaultValue = "0.005", paramLabel = "RATE",
            description = "share of deliberately defective rows (default ${DEFAULT-VALUE})")
    double defectRate;

    @Option(names = "--data", paramLabel = "DIR", description = "where the generated data lives (default data/bench-link-N)")
    Path data;

    @Override
    public Integer call() {
        Path dir = data != null ? data : Path.of("data", "bench-link-" + people);
        GeneratorSettings settings;
        try {
            settings = GeneratorSettings.builder().people(people).seed(seed).defectRate(defectRate).build();
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        SourceGenerator generator = new SourceGenerator(settings);
        if (generator.canReuse(dir)) {
            System.out.printf(Locale.ROOT, "Reusing %s (%,d people, seed %d)%n", dir, people, seed);
        } else {
            System.out.printf(Locale.ROOT, "Generating %,d people (seed %d) into %s …%n", people, seed, dir);
            System.out.printf(Locale.ROOT, "  generated in %.1f s%n", generator.generate(dir).seconds());
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long collections = collections();

        LinkReport report = new BundleLink(ResolutionSettings.defaults()).link(
                BundleLink.councilBundle(dir.resolve("council")), dir.resolve("oxleas"), PriorDecisions.none(),
                dir.resolve("links.csv"));

        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        report.lines().forEach(System.out::println);
        report.resolution().timings().forEach((stage, d) -> System.out.printf(Locale.ROOT, "  %-10s %6.2f s%n",
                stage, d.toNanos() / 1e9));
        System.out.printf(Locale.ROOT, "peak heap: %d MiB (sum of heap pool peaks, an upper bound; max heap %d MiB;"
                        + " %d collections; %d processors)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                collections() - collections, Runtime.getRuntime().availableProcessors());
        AnswerKey key = AnswerKey.read(dir.resolve("truth").resolve("people.csv"));
        Set<SourceRef> participants = AnswerKey.participants(report.council(), report.oxleas());
        System.out.println(key.scoreLinks(report.linkFile(), participants::contains).line());
        System.out.println(key.scoreCouncilDuplicates(report.duplicatesFile(), participants::contains).line());
        return CarebridgeLauncher.OK;
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
    }
}
