package org.carebridge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carebridge.linking.LinkReport;
import org.carebridge.linking.LinkRequest;
import org.carebridge.linking.LinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Runs identity resolution alone on two sources and writes FILE (CSV):",
                "council_client_id,oxleas_patient_id,decision,match_probability,match_weight,tier,evidence",
                "one row per council-Oxleas pair decided MATCH or REVIEW; council duplicates go to",
                "NAME-duplicates.csv beside it (same columns over two council ids). Evidence names agreement",
                "levels per field, never values. Reviewers' decisions recorded in the database are honoured;",
                "nothing is persisted. The Oxleas manifest is verified before anything is read."})
class LinkCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--council", paramLabel = "DIR", description = "council CSV bundle folder (CLIENTS.csv)")
    Path council;

    @Option(names = "--council-jdbc", description = "read CLIENTS from the council schema configured under "
            + "carebridge.sources.council.jdbc (Oracle in production)")
    boolean councilJdbc;

    @Option(names = "--oxleas", required = true, paramLabel = "DIR", description = "Oxleas bundle folder with MANIFEST.csv")
    Path oxleas;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the link file to write")
    Path out;

    LinkCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((council == null) == !councilJdbc) {
            throw new UserFacingException("give the council side as either --council DIR or --council-jdbc");
        }
        Console console = context.bean(Console.class);
        console.progress("Linking " + (councilJdbc ? "the council schema" : council) + " with " + oxleas + " …");
        LinkReport report = context.bean(LinkService.class).link(new LinkRequest(council, councilJdbc, oxleas, out));
        report.lines().forEach(console::result);
        return CarebridgeLauncher.OK;
    }
}
