package org.carebridge.cli;

import java.io.PrintWriter;
import org.carebridge.database.DatabaseOutage;
import org.carebridge.legacy.csv.BundleFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs one command line: parses it with picocli, starts Spring only if the command needs it, and turns
 * every failure into a one-line reason with a non-zero exit code (details go to the log file only).
 */
public class CarebridgeLauncher {

    /** Exit codes: 0 success, 1 the work failed or was refused, 2 the command line was wrong. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger log = LoggerFactory.getLogger(CarebridgeLauncher.class);

    public int run(String... args) {
        ArgumentSplit split = ArgumentSplit.of(args);
        try (ApplicationContextHolder holder = new ApplicationContextHolder(split.propertyArgs())) {
            CommandLine commandLine = commandLine(holder);
            return commandLine.execute(split.commandArgs().toArray(String[]::new));
        }
    }

    /** The command tree, exposed for tests and for generating help. */
    public static CommandLine commandLine(ApplicationContextHolder holder) {
        CommandLine commandLine = new CommandLine(new CarebridgeCommand(), new CommandFactory(holder));
        commandLine.setExecutionExceptionHandler(CarebridgeLauncher::handle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(110);
        return commandLine;
    }

    private static int handle(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        String reason = reason(failure);
        String name = command.getCommandSpec().qualifiedName();
        var outage = DatabaseOutage.describe(failure);
        if (reason != null) {
            err.println(name + ": " + reason);
        } else if (outage.isPresent()) {
            log.error("{} failed", command.getCommandName(), failure);
            err.println(name + ": " + outage.get() + "; run the same command again once the database is back"
                    + " (details in the log file)");
        } else {
            log.error("{} failed", command.getCommandName(), failure);
            Throwable root = rootCause(failure);
            err.println(name + ": unexpected error: "
                    + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()))
                    + " (details in the log file)");
        }
        err.flush();
        return FAILED;
    }

    /** The message of the first cause an operator can act on, or {@code null}. */
    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException || t instanceof BundleFormatException) {
                return t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
