package org.carebridge.legacy.manifest;

/** One line of an Oxleas {@code MANIFEST.csv}: what the sender says a data file holds. */
public record ManifestEntry(String fileName, long rowCount, String sha256) {
}
