package org.carebridge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.staging.StagingService.StagingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows Carebridge end to end on synthetic data: generates a small dataset (if there is none),",
                "stages it, and prints the ledger and where the outputs are."})
class DemoCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--clients", defaultValue = "2000", paramLabel = "N", description = "people in the demo dataset (default ${DEFAULT-VALUE})")
    long people;

    @Option(names = "--data", defaultValue = "data/demo", paramLabel = "DIR", description = "where the demo dataset lives (default ${DEFAULT-VALUE})")
    Path data;

    DemoCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Console console = context.bean(Console.class);
        GeneratorSettings settings = GeneratorSettings.builder().people(people).build();
        SourceGenerator generator = new SourceGenerator(settings);
        console.result("Carebridge demo — synthetic data only; no real person appears anywhere.");
        if (generator.canReuse(data)) {
            console.result("1. Dataset: reusing " + data + " (" + people + " people, seed " + settings.seed() + ")");
        } else {
            console.result("1. Dataset: generating " + people + " people into " + data + " …");
            var summary = generator.generate(data);
            console.result(String.format("   %,d rows, %,d deliberately defective, in %.1f s", summary.totalRows(),
                    summary.defects(), summary.seconds()));
        }
        console.result("2. Staging the council bundle, the Oxleas bundle (manifest verified) and the workforce plan …");
        StagingReport report = context.bean(StagingService.class).stage(new StagingRequest(data.resolve("council"),
                false, data.resolve("oxleas"), data.resolve("workforce.csv"), settings.asOf()));
        LedgerTable.print(console, report);
        if (!report.outcome().succeeded()) {
            throw new UserFacingException(report.outcome().reason());
        }
        console.result("3. Worker handovers: proposals for long-standing mental-health clients, approved by DEMO leads …");
        DemoHandovers.run(context, console, data);
        console.result("");
        console.result("Where things are:");
        console.result("  sources          " + data + "/council, " + data + "/oxleas, " + data + "/workforce.csv");
        console.result("  answer keys      " + data + "/truth (same people, deliberate defects)");
        console.result("  data quality     reconciliation/reports/staging/run-" + report.runId()
                + "/dq-summary.csv and dq-exceptions.csv");
        console.result("  database         data/db (H2; --spring.profiles.active=postgres for PostgreSQL)");
        console.result("  log              data/logs/carebridge.log");
        console.result("Next: ./carebridge mappings check   lists coded values no mapping table covers yet.");
        console.result("      ./carebridge serve            the web console (demo users: README, Handovers and the web console).");
        return CarebridgeLauncher.OK;
    }
}
