package org.carebridge.staging;

import java.nio.file.Files;
import java.time.LocalDateTime;
import org.carebridge.database.DeferredIndexes;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.manifest.Manifest;
import org.carebridge.legacy.manifest.ManifestVerifier;
import org.carebridge.quality.Mappings;
import org.carebridge.quality.QualityProperties;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first step of staging: refuses sources that cannot be read whole (an Oxleas bundle that
 * disagrees with its manifest, a missing file, a header without an agreed column, an unreachable
 * council schema, a mapping table that cannot be used) before anything is staged, then clears the previous
 * staging of the sources in scope and records the mapping-set version the whole run will use.
 */
class StagingPreparation implements Tasklet {

    /** Job-context key: the mapping-set version every row of this run is validated with. */
    static final String MAPPINGS_VERSION = "mappings.version";

    private final JdbcTemplate jdbc;
    private final SourceOpener opener;
    private final Mappings mappings;
    private final QualityProperties quality;
    private final DeferredIndexes indexes;

    StagingPreparation(JdbcTemplate jdbc, SourceOpener opener, Mappings mappings, QualityProperties quality,
                       DeferredIndexes indexes) {
        this.jdbc = jdbc;
        this.opener = opener;
        this.mappings = mappings;
        this.quality = quality;
        this.indexes = indexes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StagingRequest request = StagingRequest.from(chunkContext.getStepContext().getStepExecution()
                .getJobParameters());
        long runId = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLong(StagingRequest.RUN_ID);
        if (request.isEmpty()) {
            throw new BundleFormatException("no source to stage: give --council, --oxleas or --workforce,"
                    + " or set carebridge.sources.* in config/application.yml");
        }
        String mappingVersion = mappings.load().version();
        String manifestHash = null;
        if (request.oxleasBundle() != null) {
            request.oxleas().requireComplete();
            new ManifestVerifier().verify(request.oxleasBundle()).orThrow();
            manifestHash = ManifestVerifier.sha256(request.oxleasBundle().resolve(Manifest.FILE_NAME));
        }
        if (request.councilBundle() != null) {
            request.council().requireComplete();
        }
        if (request.councilJdbc()) {
            opener.councilJdbc().verifyReachable();
        }
        if (request.workforceFile() != null && !Files.isRegularFile(request.workforceFile())) {
            throw new BundleFormatException("workforce plan " + request.workforceFile() + ": no such file");
        }
        for (SourceTable table : request.tables()) {
            if (!(table.system() == SourceSystem.COUNCIL && request.councilJdbc())) {
                checkHeader(request, table);
            }
        }
        for (SourceTable table : request.tables()) {
            jdbc.execute("TRUNCATE TABLE " + table.stagingTable());
            jdbc.update("DELETE FROM stg_quarantine WHERE source_table = ?", table.name());
            jdbc.update("DELETE FROM dq_finding WHERE source_table = ?", table.name());
        }
        // Built again once the tables are full (step buildStagingIndexes).
        indexes.drop(request.tables().stream().map(SourceTable::stagingTable).toList());
        jdbc.update("DELETE FROM staging_ledger WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM staging_run WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO staging_run (run_id, started_at, council_source, oxleas_source, workforce_source,"
                        + " oxleas_manifest_sha256, mapping_version, reference_date, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'STAGING')",
                runId, LocalDateTime.now(), opener.describeCouncil(request),
                request.oxleasBundle() == null ? null : request.oxleasBundle().toString(),
                request.workforceFile() == null ? null : request.workforceFile().toString(), manifestHash,
                mappingVersion, request.referenceDate() == null ? quality.referenceDateOrToday() : request.referenceDate());
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(MAPPINGS_VERSION, mappingVersion);
        return RepeatStatus.FINISHED;
    }

    /** Opening a file reads and checks its header, so a bad one stops the run before anything is staged. */
    private void checkHeader(StagingRequest request, SourceTable table) {
        var path = switch (table.system()) {
            case COUNCIL -> request.council().file(table);
            case OXLEAS -> request.oxleas().file(table);
            case WORKFORCE -> request.workforceFile();
        };
        CsvTableReader.open(table, path).close();
    }
}
