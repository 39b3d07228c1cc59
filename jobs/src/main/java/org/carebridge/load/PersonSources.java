package org.carebridge.load;

import java.util.List;

/**
 * Everything staged about one merged person's legacy records, as the loader transforms it in one piece.
 * Oxleas referral teams and contacts belong to the person through their referrals.
 */
public record PersonSources(String personId, List<StagedRow> councilClients, List<StagedRow> allocations,
                            List<StagedRow> services, List<StagedRow> events, List<StagedRow> caseNotes,
                            List<StagedRow> oxleasPatients, List<StagedRow> referrals, List<StagedRow> referralTeams,
                            List<StagedRow> careCoordinators, List<StagedRow> cpaEpisodes, List<StagedRow> contacts,
                            List<StagedRow> riskFlags) {
}
