package org.carebridge.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.carebridge.staging.SourcesProperties;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.staging.StagingService.StagingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stage", mixinStandardHelpOptions = true,
        description = {"Reads the legacy sources into staging and prints the ledger (read = staged + quarantined).",
                "Without options, the sources configured under carebridge.sources in config/application.yml are used.",
                "An interrupted run of the same sources resumes where it stopped."})
class StageCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--council", paramLabel = "DIR", description = "council CSV bundle folder (<TABLE>.csv files)")
    Path council;

    @Option(names = "--council-jdbc", description = "read the council schema configured under "
            + "carebridge.sources.council.jdbc (Oracle in production)")
    boolean councilJdbc;

    @Option(names = "--oxleas", paramLabel = "DIR", description = "Oxleas bundle folder with MANIFEST.csv")
    Path oxleas;

    @Option(names = "--workforce", paramLabel = "FILE", description = "workforce plan (workforce.csv)")
    Path workforce;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "the extract's date: dates of past events after it are rejected (default: "
                    + "carebridge.quality.reference-date, else today)")
    LocalDate referenceDate;

    StageCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StagingRequest request = request();
        Console console = context.bean(Console.class);
        console.progress("Staging " + request.tables().size() + " source tables …");
        StagingReport report = context.bean(StagingService.class).stage(request);
        if (report.outcome().connectionLost()) {
            // the ledger of a run cut short is not a finding (its tables were never counted): no table, one line
            throw new UserFacingException("staging stopped: " + report.outcome().reason() + "; run the same command"
                    + " again once the database is back: staging resumes where it stopped");
        }
        LedgerTable.print(console, report);
        if (!report.outcome().succeeded()) {
            throw new UserFacingException(report.outcome().reason());
        }
        return CarebridgeLauncher.OK;
    }

    private StagingRequest request() {
        if (council != null && councilJdbc) {
            throw new UserFacingException("give either --council DIR or --council-jdbc, not both");
        }
        if (council == null && !councilJdbc && oxleas == null && workforce == null) {
            SourcesProperties configured = context.bean(SourcesProperties.class);
            boolean jdbc = configured.council().bundle() == null && configured.council().jdbc().configured();
            return new StagingRequest(configured.council().bundle(), jdbc, configured.oxleas().bundle(),
                    configured.workforce().file(), referenceDate);
        }
        return new StagingRequest(council, councilJdbc, oxleas, workforce, referenceDate);
    }
}
