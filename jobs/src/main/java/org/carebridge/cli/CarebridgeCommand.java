package org.carebridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command tree: {@code ./carebridge COMMAND [OPTIONS]}. */
@Command(name = "carebridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Moves caseloads from the council's and Oxleas' legacy systems into the merged Bexley Care model,",
                "in staged waves, proving that every row arrived somewhere.", ""},
        subcommands = {DemoCommand.class, GenerateCommand.class, StageCommand.class, MappingsCommand.class,
                LinkCommand.class, IdentityCommand.class, WaveCommand.class, ReconcileCommand.class,
                HandoverCommand.class, ServeCommand.class, WorkerCommand.class, AuditCommand.class, CouncilDbCommand.class,
                BenchLinkCommand.class, BenchCommand.class, HashPasswordCommand.class},
        footer = {"", "Any configuration property can be overridden as --name=value (a dotted name), e.g.",
                "  ./carebridge --spring.profiles.active=postgres demo",
                "Exit codes: 0 success, 1 failed or refused (one-line reason), 2 wrong command line."})
public class CarebridgeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
