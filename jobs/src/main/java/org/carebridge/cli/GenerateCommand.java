package org.carebridge.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.carebridge.generator.GenerationSummary;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes deterministic synthetic legacy sources exactly per the interface agreement:",
                "DIR/council/ (CSV bundle), DIR/oxleas/ (with MANIFEST.csv), DIR/workforce.csv and answer keys",
                "in DIR/truth/. The same options always give byte-identical files. Streams with constant memory."})
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--clients", defaultValue = "2000", paramLabel = "N",
            description = "distinct people to generate (default ${DEFAULT-VALUE})")
    long people;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the extract's date (default 2026-10-31)")
    LocalDate asOf;

    @Option(names = "--defect-rate", defaultValue = "0.005", paramLabel = "RATE",
            description = "share of deliberately defective rows, 0 to 0.5 (default ${DEFAULT-VALUE})")
    double defectRate;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = GeneratorSettings.builder().people(people).seed(seed)
                    .asOf(asOf == null ? GeneratorSettings.DEFAULT_AS_OF : asOf).defectRate(defectRate).build();
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        System.out.printf("Generating %,d people (seed %d, as of %s, defect rate %s) into %s …%n", people, seed,
                settings.asOf(), defectRate, out);
        GenerationSummary summary = new SourceGenerator(settings).generate(out);
        for (Map.Entry<String, Long> file : summary.rowsByFile().entrySet()) {
            System.out.printf("  %-42s %,12d rows%n", file.getKey(), file.getValue());
        }
        System.out.printf("%,d rows (%,d deliberately defective), %.1f MB in %.1f s: %,.0f rows/s, %.1f MB/s%n",
                summary.totalRows(), summary.defects(), summary.bytes() / 1e6, summary.seconds(),
                summary.rowsPerSecond(), summary.megabytesPerSecond());
        System.out.printf("Answer keys: %s%n", out.resolve("truth"));
        return CarebridgeLauncher.OK;
    }
}
