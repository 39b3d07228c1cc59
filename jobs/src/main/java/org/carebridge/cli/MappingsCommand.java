package org.carebridge.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.carebridge.mappings.MappingSet;
import org.carebridge.quality.MappingCoverage;
import org.carebridge.quality.MappingCoverage.Gap;
import org.carebridge.quality.MappingCoverage.TableCoverage;
import org.carebridge.quality.Mappings;
import picocli.CommandLine.Command;

@Command(name = "mappings", mixinStandardHelpOptions = true,
        description = "Checks the mapping tables in mappings/tables against what is staged.",
        subcommands = MappingsCommand.Check.class)
class MappingsCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Lists, per mapping table, every distinct staged value no row covers, with its count and an",
                    "example source key (the 'add to mapping' worklist), and the coverage of each table.",
                    "Exits 1 while any value is not covered. Run `stage` first."})
    static class Check implements Callable<Integer> {

        private final ApplicationContextHolder context;

        Check(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Console console = context.bean(Console.class);
            MappingSet mappings = context.bean(Mappings.class).load();
            List<TableCoverage> coverage = context.bean(MappingCoverage.class).measure(mappings);
            console.result("Mapping set version " + mappings.version());
            console.result(String.format("%-32s %12s %12s %9s %8s", "mapping table", "staged rows", "covered",
                    "coverage", "gaps"));
            long gaps = 0;
            for (TableCoverage table : coverage) {
                console.result(String.format("%-32s %,12d %,12d %8.2f%% %8d", table.spec().fileName(), table.rows(),
                        table.coveredRows(), table.coverage() * 100, table.gaps().size()));
                gaps += table.gaps().size();
            }
            if (gaps == 0) {
                console.result("Every staged coded value is covered.");
                return CarebridgeLauncher.OK;
            }
            console.result("");
            console.result("Values to add to a mapping table (value, rows, example source key):");
            for (TableCoverage table : coverage) {
                for (Gap gap : table.gaps()) {
                    console.result(String.format("  %-32s %-24s %-22s %,8d rows  e.g. %s %s", table.spec().fileName(),
                            "'" + gap.value() + "'", gap.field(), gap.rows(), gap.field().table().tableName(),
                            gap.exampleKey()));
                }
            }
            throw new UserFacingException(gaps + " staged value(s) are not covered by the mapping tables; add a row for"
                    + " each (or declare it UNMAPPED) in mappings/tables and run again");
        }
    }
}
