package org.carebridge.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.staging.SourceOpener;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.staging.StagingService.StagingReport;
import org.carebridge.testdata.LegacyBundleBuilder;
import org.carebridge.testdata.LegacyBundleBuilder.Written;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The council read over JDBC (Spring Batch paging reader) must stage exactly what the CSV bundle stages.
 * Subclasses put the council schema in a database the council's Oracle can be stood in for.
 */
abstract class CouncilJdbcParityContract {

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceOpener opener;

    @TempDir
    Path dir;

    abstract DataSource councilDatabase();

    @Test
    void givenTheSameCouncilDataAsBundleAndAsSchema_whenEachIsStaged_thenTheStagedRowsAreIdentical() {
        Written sources = LegacyBundleBuilder.sources().people(30).notesPerClient(5).writeTo(dir);
        List<CouncilDatabaseLoader.TableLoad> loads = new CouncilDatabaseLoader(councilDatabase(), "ASC")
                .load(new CsvBundle(SourceSystem.COUNCIL, sources.council()));
        assertThat(loads).allSatisfy(load -> assertThat(load.notLoadable()).isZero());

        StagingReport fromBundle = staging.stage(new StagingRequest(sources.council(), false, null, null));
        Map<SourceTable, List<Map<String, Object>>> bundleRows = stagedCouncilRows();
        StagingReport fromSchema = staging.stage(new StagingRequest(null, true, null, null));
        Map<SourceTable, List<Map<String, Object>>> schemaRows = stagedCouncilRows();

        assertThat(fromBundle.balanced()).isTrue();
        assertThat(fromSchema.balanced()).as(fromSchema.outcome().reason()).isTrue();
        assertThat(fromSchema.ledger()).allSatisfy(line -> assertThat(line.origin()).startsWith("jdbc:ASC."));
        assertThat(schemaRows.get(SourceTable.COUNCIL_CASE_NOTES)).hasSize(150);
        assertThat(schemaRows).isEqualTo(bundleRows);
    }

    private Map<SourceTable, List<Map<String, Object>>> stagedCouncilRows() {
        return SourceTable.of(SourceSystem.COUNCIL).stream().collect(Collectors.toMap(t -> t, t -> {
            String columns = t.columns().stream().map(Column::dbName).collect(Collectors.joining(", "));
            return jdbc.queryForList("SELECT source_key, " + columns + " FROM " + t.stagingTable()
                    + " ORDER BY source_key");
        }));
    }
}
