package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.carebridge.cli.ApplicationContextHolder;
import org.carebridge.cli.CarebridgeLauncher;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The link and identity commands' contract: help and wrong command lines never start the application. */
class LinkingCommandLineTest {

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
    void linkHelpNamesItsOptionsAndTheFileColumns() {
        assertThat(run("link", "--help")).isZero();
        assertThat(out.toString()).contains("--council", "--council-jdbc", "--oxleas", "--out",
                "council_client_id,oxleas_patient_id,decision,match_probability,match_weight,tier,evidence");
    }

    @Test
    void identityHelpListsItsSubcommands() {
        assertThat(run("identity", "--help")).isZero();
        assertThat(out.toString()).contains("resolve", "reviews", "show", "decide");
    }

    @Test
    void linkWithoutACouncilSideFailsWithAOneLineReason() {
        assertThat(run("link", "--oxleas", "x", "--out", "y.csv")).isEqualTo(CarebridgeLauncher.FAILED);
        assertThat(err.toString().strip())
                .isEqualTo("carebridge link: give the council side as either --council DIR or --council-jdbc");
    }

    @Test
    void aDecisionWithoutAVerdictIsAUsageError() {
        assertThat(run("identity", "decide", "COUNCIL:1", "OXLEAS:RIO1", "--as", "a", "--reason", "b"))
                .isEqualTo(CarebridgeLauncher.USAGE);
        assertThat(err.toString()).contains("--same", "--different");
    }

    @Test
    void aRecordNamedWithoutItsSystemFailsWithAOneLineReason() {
        assertThat(run("identity", "decide", "1000123", "OXLEAS:RIO1", "--same", "--as", "a", "--reason", "b"))
                .isEqualTo(CarebridgeLauncher.FAILED);
        assertThat(err.toString().strip()).isEqualTo("carebridge identity decide: a source record is written"
                + " COUNCIL:<client id> or OXLEAS:<local patient id>, not '1000123'");
    }

    @Test
    void benchLinkHelpSaysWhatItPrints() {
        assertThat(run("bench-link", "--help")).isZero();
        assertThat(out.toString()).contains("--clients", "peak heap", "truth/people.csv");
    }
}
