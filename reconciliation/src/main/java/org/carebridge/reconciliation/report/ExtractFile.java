package org.carebridge.reconciliation.report;

import java.util.Objects;
import java.util.regex.Pattern;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.manifest.ManifestEntry;

/**
 * One legacy extract file the run read, with its row count and SHA-256, so that the report states exactly which
 * data it speaks about. For an Oracle extract the integrator names the table snapshot instead of a file.
 */
public record ExtractFile(SourceSystem system, String fileName, long rowCount, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ExtractFile {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(fileName, "fileName");
        if (rowCount < 0) {
            throw new IllegalArgumentException(fileName + ": negative row count");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(fileName + ": the SHA-256 must be 64 lower-case hex digits");
        }
    }

    public static ExtractFile of(SourceSystem system, ManifestEntry entry) {
        return new ExtractFile(system, entry.fileName(), entry.rowCount(), entry.sha256());
    }
}
