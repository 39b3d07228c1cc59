package org.carebridge.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.carebridge.cli.ApplicationContextHolder;
import org.carebridge.cli.CarebridgeLauncher;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.mappings.MappingTableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The analysts' loop from the command line: an ethnicity code nobody maps makes {@code mappings check} fail
 * and name it with its count; one added mapping row makes it pass.
 */
class MappingsCheckEndToEndTest {

    private static final String UNKNOWN_CODE = "XQZW";

    @TempDir
    Path dir;

    @Test
    void anUnknownEthnicityCodeFailsTheCheckUntilOneMappingRowIsAdded() throws Exception {
        Path data = dir.resolve("sources");
        new SourceGenerator(GeneratorSettings.builder().people(150).seed(3).defectRate(0).build()).generate(data);
        int injected = injectEthnicity(data.resolve("council/CLIENTS.csv"), 7);
        Path tables = copyOfShippedTables();

        try (ApplicationContextHolder app = new ApplicationContextHolder(List.of(
                "--spring.datasource.url=jdbc:h2:mem:mappings-check;DB_CLOSE_DELAY=-1",
                "--carebridge.quality.mappings-dir=" + tables,
                "--carebridge.quality.reports-dir=" + dir.resolve("reports"),
                "--carebridge.quality.reference-date=2026-10-31",
                "--carebridge.data-dir=" + dir.resolve("data"),
                "--carebridge.quiet=true",
                "--spring.config.import=optional:file:../config/teams.yml"))) {
            assertThat(run(app, "stage", "--council", data.resolve("council").toString())).isZero();

            StringWriter err = new StringWriter();
            assertThat(run(app, err, "mappings", "check")).isEqualTo(CarebridgeLauncher.FAILED);
            assertThat(err.toString()).contains("carebridge mappings check: 1 staged value(s) are not covered");
            var ethnicity = app.bean(MappingCoverage.class).measure(app.bean(Mappings.class).load()).stream()
                    .filter(t -> t.spec() == MappingTableSpec.COUNCIL_ETHNICITY).findFirst().orElseThrow();
            assertThat(ethnicity.gaps()).singleElement().satisfies(gap -> {
                assertThat(gap.value()).isEqualTo(UNKNOWN_CODE);
                assertThat(gap.rows()).isEqualTo(injected);
            });

            Files.writeString(tables.resolve("council-ethnicity.csv"),
                    UNKNOWN_CODE + ",99,N,local code seen in the 2026 extract: not known\n", StandardOpenOption.APPEND);

            assertThat(run(app, "mappings", "check")).isZero();
        }
    }

    private static int run(ApplicationContextHolder app, String... args) {
        return run(app, new StringWriter(), args);
    }

    private static int run(ApplicationContextHolder app, StringWriter err, String... args) {
        CommandLine commandLine = CarebridgeLauncher.commandLine(app);
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Rewrites every {@code every}-th client with the unknown code; returns how many. */
    private static int injectEthnicity(Path clients, int every) throws Exception {
        Path rewritten = clients.resolveSibling("CLIENTS.rewritten");
        SourceTable table = SourceTable.COUNCIL_CLIENTS;
        int injected = 0;
        try (CsvTableReader reader = CsvTableReader.open(table, clients);
             CsvTableWriter writer = CsvTableWriter.create(rewritten, table.columns().stream().map(Column::name).toList())) {
            int n = 0;
            for (SourceRow row; (row = reader.next()) != null; ) {
                String[] values = row.values().clone();
                if (++n % every == 0) {
                    values[table.indexOf("ETHNICITY")] = UNKNOWN_CODE;
                    injected++;
                }
                writer.write(values);
            }
        }
        Files.move(rewritten, clients, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return injected;
    }

    private Path copyOfShippedTables() throws Exception {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        try (var files = Files.list(Path.of("../mappings/tables"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tables.resolve(file.getFileName()));
            }
        }
        return tables;
    }
}
