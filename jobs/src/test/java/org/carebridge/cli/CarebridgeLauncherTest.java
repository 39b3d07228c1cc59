package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's contract: help without starting anything, and exit codes with one-line reasons. */
class CarebridgeLauncherTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        try (ApplicationContextHolder holder = new ApplicationContextHolder(List.of())) {
            CommandLine commandLine = CarebridgeLauncher.commandLine(holder);
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            int exit = commandLine.execute(args);
            assertThat(holder.started()).as("help and usage errors must not start the application").isFalse();
            return exit;
        }
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("stage", "Exit codes");
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertThat(run("stage", "--help")).isZero();
        assertThat(out.toString()).contains("--council", "--oxleas", "--workforce");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        assertThat(run("stagee")).isEqualTo(CarebridgeLauncher.USAGE);
        assertThat(err.toString()).contains("Unmatched argument");
    }

    @Test
    void conflictingOptionsFailWithOneLineReasonAndExitCodeOne() {
        assertThat(run("stage", "--council", "x", "--council-jdbc")).isEqualTo(CarebridgeLauncher.FAILED);
        assertThat(err.toString().strip()).isEqualTo(
                "carebridge stage: give either --council DIR or --council-jdbc, not both");
    }
}
