package org.carebridge.reconciliation.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who ran what, when, on which data and with which code: the facts that let governance trust a pack.
 * The run time is given, not read from the clock, so that the same inputs always give the same pack.
 *
 * @param wave              the wave's name; also a folder name, so letters, digits, '.', '_' and '-' only
 * @param runId             the run's id; also a folder name, same characters
 * @param mappingSetVersion the version of the code mappings the run applied
 * @param codeVersion       the Carebridge build (e.g. a git commit) that ran
 * @param extractFiles      the legacy extract files read, in any order (the report sorts them)
 * @param ranBy             the user who ran it (a login, not a personal detail of a client)
 */
public record ReportContext(String wave, String runId, RunMode mode, String mappingSetVersion, String codeVersion,
                            List<ExtractFile> extractFiles, String ranBy, Instant ranAt) {

    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ReportContext {
        requireFolderName(wave, "wave");
        requireFolderName(runId, "run id");
        Objects.requireNonNull(mode, "mode");
        requireText(mappingSetVersion, "mapping-set version");
        requireText(codeVersion, "code version");
        requireText(ranBy, "ran by");
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(extractFiles, "extractFiles");
        extractFiles = extractFiles.stream()
                .sorted(Comparator.comparing((ExtractFile f) -> f.system().name()).thenComparing(ExtractFile::fileName))
                .toList();
    }

    private static void requireFolderName(String value, String what) {
        if (value == null || !FOLDER_NAME.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("the " + what + " '" + value
                    + "' must be 1-64 letters, digits, '.', '_' or '-' (it names a folder)");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is required");
        }
    }
}
