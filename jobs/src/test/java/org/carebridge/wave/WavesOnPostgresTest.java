package org.carebridge.wave;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.merged.MergedModelSchema;
import org.carebridge.merged.MergedTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The wave scenario on the production target: real PostgreSQL 15 (standard MERGE, schemas, rollback). */
@SpringBootTest(properties = {
        "spring.profiles.active=postgres",
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/carebridge_waves_test?reWriteBatchedInserts=true",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(WaveScenarioContract.KnownPeople.class)
class WavesOnPostgresTest extends WaveScenarioContract {

    @Autowired
    MergedModelSchema schemas;

    @Test
    void theRehearsalSchemaIsUnlogged_andTheLiveModelIsNot() {
        schemas.recreateRehearsalFromLive();

        for (MergedTable table : MergedTable.values()) {
            assertThat(persistence(MergedModelSchema.REHEARSAL, table.tableName())).as("rehearsal " + table).isEqualTo("u");
            assertThat(persistence(MergedModelSchema.LIVE, table.tableName())).as("live " + table).isEqualTo("p");
        }
    }

    private String persistence(String schema, String table) {
        return jdbc.queryForObject("SELECT CAST(c.relpersistence AS VARCHAR) FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?", String.class, schema, table);
    }
}
