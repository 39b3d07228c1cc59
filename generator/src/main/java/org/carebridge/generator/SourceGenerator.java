package org.carebridge.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.carebridge.generator.council.CouncilRecords;
import org.carebridge.generator.output.OutputFiles;
import org.carebridge.generator.oxleas.OxleasRecords;
import org.carebridge.generator.people.Caseloads;
import org.carebridge.generator.people.Person;
import org.carebridge.generator.people.PersonFactory;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.staff.CouncilStaff;
import org.carebridge.generator.staff.OxleasStaff;
import org.carebridge.generator.staff.WorkforcePlan;

/**
 * Generates a complete synthetic set of legacy sources: the council CSV bundle, the Oxleas bundle with its
 * manifest, the workforce plan and the answer keys ({@code truth/}).
 *
 * <p>It streams: people are drawn one at a time and each person's rows are written straight after them,
 * every file through its own open writer, so memory stays constant however many people are asked for.
 * Only the workforce (about one worker per 25 open clients) is held. A first, write-free pass over the
 * people counts open caseloads so the workforce can be sized before the first client row.
 */
public final class SourceGenerator {

    /** Bumped whenever the same settings would give different bytes. */
    public static final int VERSION = 1;

    private static final long DEFECT_STREAM = Rng.stream("defects");

    private final GeneratorSettings settings;

    public SourceGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** Writes the dataset under {@code outDir}, replacing files of the same names. */
    public GenerationSummary generate(Path outDir) {
        long started = System.nanoTime();
        long seed = settings.seed();
        Caseloads caseloads = Caseloads.count(new PersonFactory(seed, settings.asOf()), settings.people());
        CouncilStaff councilStaff = CouncilStaff.build(caseloads, seed);
        OxleasStaff oxleasStaff = OxleasStaff.build(caseloads, seed);
        WorkforcePlan plan = WorkforcePlan.build(councilStaff, oxleasStaff, caseloads, settings.asOf(), seed);

        Map<String, Long> rows;
        long bytes;
        long defects;
        OutputFiles out = OutputFiles.open(outDir, settings.asOf(), settings.defectRate());
        try (out) {
            ReferenceTables.write(out, councilStaff, oxleasStaff, plan);
            PersonFactory people = new PersonFactory(seed, settings.asOf());
            CouncilRecords council = new CouncilRecords(out, councilStaff, settings.asOf(), seed);
            OxleasRecords oxleas = new OxleasRecords(out, oxleasStaff, settings.asOf(), seed);
            for (long i = 0; i < settings.people(); i++) {
                Person person = people.create(i);
                Rng defectStream = Rng.of(seed, DEFECT_STREAM, i);
                if (person.cohort().council()) {
                    council.write(person, defectStream);
                }
                if (person.cohort().oxleas()) {
                    oxleas.write(person, defectStream);
                }
            }
        }
        rows = out.rowsByFile();
        bytes = out.bytes();
        defects = out.defectCount();
        GenerationRecord.write(outDir.resolve(OutputFiles.TRUTH_DIR).resolve(GenerationRecord.FILE), settings, rows);
        return new GenerationSummary(settings, rows, bytes, defects, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Whether {@code outDir} already holds a complete dataset made by this generator version with these
     * settings, so that it can be reused instead of generated again.
     */
    public boolean canReuse(Path outDir) {
        Path record = outDir.resolve(OutputFiles.TRUTH_DIR).resolve(GenerationRecord.FILE);
        return GenerationRecord.read(record)
                .filter(p -> GenerationRecord.matches(p, settings))
                .filter(p -> p.stringPropertyNames().stream().filter(k -> k.startsWith("rows."))
                        .allMatch(k -> Files.isRegularFile(outDir.resolve(k.substring("rows.".length())))))
                .isPresent();
    }
}
