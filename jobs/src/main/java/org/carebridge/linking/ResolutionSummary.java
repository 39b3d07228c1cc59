package org.carebridge.linking;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one resolution run over the staged people. Matches and reviews are counted separately for
 * council–Oxleas pairs and for pairs within one source (council duplicates).
 *
 * @param deletedExcluded council records with RECORD_STATUS D, which take no part and get no person
 * @param newPersons      persons minted and persisted by this run
 * @param attachedRecords new records added to persons that existed before the run
 * @param heldRecords     new records left without a person until their review pairs are decided
 * @param conflicts       changes to existing persons the run reported and did not apply
 */
public record ResolutionSummary(long runId, int councilRecords, int oxleasRecords, int deletedExcluded,
                                long candidatePairs, long crossMatches, long crossReviews, long withinMatches,
                                long withinReviews, int newPersons, int attachedRecords, int heldRecords,
                                int conflicts, double seconds) {

    /** The lines the command prints: counts and time only. */
    public List<String> lines() {
        return List.of(
                "run: " + runId,
                "council records: " + councilRecords + " (deleted, left out: " + deletedExcluded + ")",
                "oxleas records: " + oxleasRecords,
                "candidate pairs: " + candidatePairs,
                "matches (council-oxleas): " + crossMatches,
                "reviews (council-oxleas): " + crossReviews,
                "within-source matches: " + withinMatches,
                "within-source reviews: " + withinReviews,
                "new persons: " + newPersons,
                "records attached to existing persons: " + attachedRecords,
                "records held until their reviews are decided: " + heldRecords,
                "conflicts (reported, not applied): " + conflicts,
                String.format(Locale.ROOT, "seconds: %.1f", seconds));
    }
}
