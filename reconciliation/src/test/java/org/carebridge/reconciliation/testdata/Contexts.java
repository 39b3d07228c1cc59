package org.carebridge.reconciliation.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.reconciliation.report.ExtractFile;
import org.carebridge.reconciliation.report.ReportContext;
import org.carebridge.reconciliation.report.RunMode;

/** Builds report contexts for tests with fixed, plausible values. */
public final class Contexts {

    public static final String CLIENTS_SHA = "a".repeat(64);
    public static final String PATIENTS_SHA = "b".repeat(64);

    private String wave = "W1";
    private String runId = "rehearsal-1";
    private RunMode mode = RunMode.REHEARSAL;
    private String mappingSet = "mappings-2025.03";
    private String codeVersion = "carebridge 0.1.0 (abc1234)";
    private final List<ExtractFile> files = new ArrayList<>(List.of(
            new ExtractFile(SourceSystem.OXLEAS, "MHS001MPI.csv", 1200, PATIENTS_SHA),
            new ExtractFile(SourceSystem.COUNCIL, "CLIENTS.csv", 3400, CLIENTS_SHA)));
    private String ranBy = "ops.migration";
    private Instant ranAt = Instant.parse("2025-03-01T14:05:00Z");

    public static Contexts context() {
        return new Contexts();
    }

    public Contexts wave(String value) {
        wave = value;
        return this;
    }

    public Contexts runId(String value) {
        runId = value;
        return this;
    }

    public Contexts mode(RunMode value) {
        mode = value;
        return this;
    }

    public Contexts ranBy(String value) {
        ranBy = value;
        return this;
    }

    public ReportContext build() {
        return new ReportContext(wave, runId, mode, mappingSet, codeVersion, files, ranBy, ranAt);
    }
}
