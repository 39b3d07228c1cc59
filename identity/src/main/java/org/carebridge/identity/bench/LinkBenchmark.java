package org.carebridge.identity.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carebridge.identity.Decision;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.output.LinkCsvWriter;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.legacy.SourceSystem;

/**
 * Times identity resolution on a large population and prints the figures (a command, not a test).
 *
 * <pre>
 *   LinkBenchmark [--council N] [--overlap 0.5] [--oxleas-only 0.5] [--seed S] [--out links.csv]
 *   LinkBenchmark --council-dir DIR --oxleas-dir DIR [--out links.csv]
 * </pre>
 * With a synthesised population it also scores the MATCH decisions against the synthesiser's answer key.
 */
public final class LinkBenchmark {

    private LinkBenchmark() {
    }

    public static void main(String[] args) {
        int persons = 100_000;
        double overlap = 0.5;
        double oxleasOnly = 0.5;
        long seed = 7;
        Path councilDir = null;
        Path oxleasDir = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--council" -> persons = Integer.parseInt(args[++i]);
                case "--overlap" -> overlap = Double.parseDouble(args[++i]);
                case "--oxleas-only" -> oxleasOnly = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--council-dir" -> councilDir = Path.of(args[++i]);
                case "--oxleas-dir" -> oxleasDir = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long started = System.nanoTime();
        List<PersonRecord> records = new ArrayList<>();
        SyntheticPopulation population = null;
        if (councilDir != null && oxleasDir != null) {
            PersonReadResult council = new CouncilClientReader().read(councilDir.resolve("CLIENTS.csv"));
            PersonReadResult oxleas = new OxleasPatientReader().read(oxleasDir.resolve("MHS001MPI.csv"));
            records.addAll(council.records());
            records.addAll(oxleas.records());
            System.out.printf(Locale.ROOT, "read: council %d (skipped %d), oxleas %d (skipped %d)%n",
                    council.records().size(), council.skipped(), oxleas.records().size(), oxleas.skipped());
        } else {
            population = new PopulationSynthesiser(NicknameTable.standard(), seed)
                    .synthesise(persons, overlap, oxleasOnly);
            records.addAll(population.council());
            records.addAll(population.oxleas());
            System.out.printf(Locale.ROOT, "synthesised in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        Resolution resolution = IdentityResolver.withDefaults(new SequentialPersonIdGenerator("BCP", 8, 1))
                .resolve(records, PriorDecisions.none(), Map.of());
        resolution.summary().forEach(System.out::println);
        resolution.timings().forEach((stage, d) -> System.out.printf(Locale.ROOT, "  %-10s %6.2f s%n", stage,
                d.toNanos() / 1e9));
        resolution.blocking().rules().forEach(r -> System.out.printf(Locale.ROOT,
                "  rule %-30s blocks %8d pairs %9d oversized %d largest %d%n", r.rule(), r.blocks(), r.pairs(),
                r.oversizedBlocks(), r.largestBlock()));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use at end: %d MiB (max %d MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (population != null) {
            score("council-oxleas", resolution.crossSourcePairs(), population.crossPairs());
            score("council duplicates", resolution.withinSourcePairs(SourceSystem.COUNCIL),
                    population.councilDuplicates());
        }
        if (out != null) {
            LinkCsvWriter writer = new LinkCsvWriter();
            writer.writeLinks(out, resolution);
            writer.writeDuplicates(LinkCsvWriter.duplicatesBeside(out, SourceSystem.COUNCIL), resolution,
                    SourceSystem.COUNCIL);
        }
    }

    private static void score(String what, List<PairDecision> pairs, Set<String> truth) {
        Set<String> matched = new HashSet<>();
        int shown = 0;
        for (PairDecision p : pairs) {
            if (p.decision() == Decision.MATCH) {
                String key = p.left().id() + "|" + p.right().id();
                matched.add(key);
                if (!truth.contains(key) && shown++ < 12) {
                    System.out.printf(Locale.ROOT, "  false match (tier %s, w %.1f): %s%n", p.tier().code(),
                            p.matchWeight(), p.evidence());
                }
            }
        }
        long tp = matched.stream().filter(truth::contains).count();
        double precision = matched.isEmpty() ? 1 : (double) tp / matched.size();
        double recall = truth.isEmpty() ? 1 : (double) tp / truth.size();
        System.out.printf(Locale.ROOT, "%s: precision %.4f recall %.4f f1 %.4f (matched %d, true %d)%n", what,
                precision, recall, 2 * precision * recall / Math.max(1e-12, precision + recall), matched.size(),
                truth.size());
    }
}
