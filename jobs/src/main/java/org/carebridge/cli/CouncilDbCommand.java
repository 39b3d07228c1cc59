package org.carebridge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carebridge.council.CouncilDatabaseLoader;
import org.carebridge.council.CouncilDatabaseLoader.TableLoad;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.csv.CsvBundle;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "council-db", mixinStandardHelpOptions = true,
        description = {"Loads a council CSV bundle into a database schema shaped like the council's Oracle schema,",
                "so that the JDBC read path (stage --council-jdbc) can be exercised end to end without Oracle.",
                "Rows a typed table cannot hold (impossible dates, malformed lines, repeated keys) are counted, not loaded."})
class CouncilDbCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "council CSV bundle folder")
    Path bundle;

    @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
            description = "target database, e.g. jdbc:h2:file:./data/db/asc;MODE=Oracle or jdbc:postgresql://127.0.0.1:5432/carebridge")
    String url;

    @Option(names = "--user", defaultValue = "", description = "database user")
    String user;

    @Option(names = "--password", defaultValue = "${env:CAREBRIDGE_COUNCIL_DB_PASSWORD}",
            description = "password (default: $CAREBRIDGE_COUNCIL_DB_PASSWORD)")
    String password;

    @Option(names = "--schema", defaultValue = "ASC", description = "schema to (re)create, default ${DEFAULT-VALUE}")
    String schema;

    @Override
    public Integer call() {
        CouncilDatabaseLoader loader = new CouncilDatabaseLoader(
                new DriverManagerDataSource(url, user, password == null ? "" : password), schema);
        List<TableLoad> loads = loader.load(new CsvBundle(SourceSystem.COUNCIL, bundle));
        System.out.printf("%-12s %12s %12s %14s%n", "table", "read", "loaded", "not loadable");
        for (TableLoad load : loads) {
            System.out.printf("%-12s %,12d %,12d %,14d%n", load.table().tableName(), load.read(), load.loaded(),
                    load.notLoadable());
        }
        System.out.printf("Loaded into schema \"%s\". Point carebridge.sources.council.jdbc at it and run "
                + "./carebridge stage --council-jdbc%n", schema);
        return CarebridgeLauncher.OK;
    }
}
