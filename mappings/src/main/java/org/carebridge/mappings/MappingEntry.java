package org.carebridge.mappings;

/**
 * One reviewed row of a mapping table.
 *
 * @param raw     the legacy value as analysts wrote it (matched trimmed and case-insensitively)
 * @param cleaned the target value, or {@link MappingTable#UNMAPPED} for a value deliberately left unmapped
 * @param lossy   the translation loses meaning (e.g. Irish Traveller has no NHS category of its own)
 * @param note    why, for reviewers
 * @param line    where it stands in its file
 */
public record MappingEntry(String raw, String cleaned, boolean lossy, String note, long line) {

    public boolean unmapped() {
        return MappingTable.UNMAPPED.equals(cleaned);
    }
}
