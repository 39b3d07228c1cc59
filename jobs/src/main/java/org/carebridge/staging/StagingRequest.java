package org.carebridge.staging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvBundle;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one staging run reads. The council side is either a CSV bundle or the configured JDBC schema;
 * any side may be absent, and then its tables are not staged (and not cleared). The reference date is the
 * extract's date (dates of past events after it are rejected); {@code null} takes it from configuration.
 */
public record StagingRequest(Path councilBundle, boolean councilJdbc, Path oxleasBundle, Path workforceFile,
                             LocalDate referenceDate) {

    static final String COUNCIL_BUNDLE = "council.bundle";
    static final String COUNCIL_JDBC = "council.jdbc";
    static final String OXLEAS_BUNDLE = "oxleas.bundle";
    static final String WORKFORCE_FILE = "workforce.file";
    static final String RUN_ID = "run.id";
    static final String REFERENCE_DATE = "reference.date";

    public StagingRequest(Path councilBundle, boolean councilJdbc, Path oxleasBundle, Path workforceFile) {
        this(councilBundle, councilJdbc, oxleasBundle, workforceFile, null);
    }

    public StagingRequest {
        if (councilBundle != null && councilJdbc) {
            throw new IllegalArgumentException("the council source is either a bundle or JDBC, not both");
        }
        councilBundle = councilBundle == null ? null : councilBundle.toAbsolutePath().normalize();
        oxleasBundle = oxleasBundle == null ? null : oxleasBundle.toAbsolutePath().normalize();
        workforceFile = workforceFile == null ? null : workforceFile.toAbsolutePath().normalize();
    }

    public boolean isEmpty() {
        return councilBundle == null && !councilJdbc && oxleasBundle == null && workforceFile == null;
    }

    /** The source tables this run stages, council first, then Oxleas, then the workforce plan. */
    public List<SourceTable> tables() {
        List<SourceTable> tables = new ArrayList<>();
        if (councilBundle != null || councilJdbc) {
            tables.addAll(SourceTable.of(SourceSystem.COUNCIL));
        }
        if (oxleasBundle != null) {
            tables.addAll(SourceTable.of(SourceSystem.OXLEAS));
        }
        if (workforceFile != null) {
            tables.add(SourceTable.WORKFORCE_PLAN);
        }
        return tables;
    }

    /** The table's file, or {@code null} when its side is absent or read over JDBC. */
    public Path file(SourceTable table) {
        return switch (table.system()) {
            case COUNCIL -> councilBundle == null ? null : councilBundle.resolve(table.fileName());
            case OXLEAS -> oxleasBundle == null ? null : oxleasBundle.resolve(table.fileName());
            case WORKFORCE -> workforceFile;
        };
    }

    /**
     * The size of the table's file in bytes, to read the biggest tables first; 0 for a table read over JDBC or a
     * file that cannot be sized (it is then read among the last, which costs time, not correctness).
     */
    public long sizeHint(SourceTable table) {
        Path file = file(table);
        try {
            return file != null && Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public CsvBundle council() {
        return new CsvBundle(SourceSystem.COUNCIL, councilBundle);
    }

    public CsvBundle oxleas() {
        return new CsvBundle(SourceSystem.OXLEAS, oxleasBundle);
    }

    JobParameters toJobParameters(long runId) {
        JobParametersBuilder builder = new JobParametersBuilder();
        builder.addString(COUNCIL_BUNDLE, councilBundle == null ? "" : councilBundle.toString());
        builder.addString(COUNCIL_JDBC, Boolean.toString(councilJdbc));
        builder.addString(OXLEAS_BUNDLE, oxleasBundle == null ? "" : oxleasBundle.toString());
        builder.addString(WORKFORCE_FILE, workforceFile == null ? "" : workforceFile.toString());
        builder.addString(REFERENCE_DATE, referenceDate == null ? "" : referenceDate.toString());
        builder.addLong(RUN_ID, runId);
        return builder.toJobParameters();
    }

    static StagingRequest from(JobParameters parameters) {
        String date = parameters.getString(REFERENCE_DATE, "");
        return new StagingRequest(path(parameters.getString(COUNCIL_BUNDLE)),
                Boolean.parseBoolean(parameters.getString(COUNCIL_JDBC)), path(parameters.getString(OXLEAS_BUNDLE)),
                path(parameters.getString(WORKFORCE_FILE)), date.isEmpty() ? null : LocalDate.parse(date));
    }

    /** Whether an earlier run's parameters describe this same work (so an interrupted run may be resumed). */
    boolean sameWorkAs(JobParameters earlier) {
        return Objects.equals(this, from(earlier));
    }

    private static Path path(String text) {
        return text == null || text.isEmpty() ? null : Path.of(text);
    }
}
