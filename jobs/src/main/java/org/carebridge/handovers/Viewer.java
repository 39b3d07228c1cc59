package org.carebridge.handovers;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who is looking at or acting on handovers, and what they may reach: a clinical lead the cases of the teams they
 * lead; governance and administrators every case, read-only (only a case's clinical lead decides it).
 *
 * @param userId  console user name (or OIDC preferred user name); a clinical lead's matches {@code teams.yml}
 * @param roles   MIGRATION_OPERATOR, CLINICAL_LEAD, GOVERNANCE, ADMIN (without a ROLE_ prefix)
 * @param teams   merged team codes the user is clinical lead of
 */
public record Viewer(String userId, Set<String> roles, SortedSet<String> teams) {

    public static final String OPERATOR = "MIGRATION_OPERATOR";
    public static final String CLINICAL_LEAD = "CLINICAL_LEAD";
    public static final String GOVERNANCE = "GOVERNANCE";
    public static final String ADMIN = "ADMIN";

    public Viewer {
        roles = Set.copyOf(roles);
        teams = new TreeSet<>(teams);
    }

    public boolean seesEveryTeam() {
        return roles.contains(GOVERNANCE) || roles.contains(ADMIN);
    }

    public boolean isClinicalLead() {
        return roles.contains(CLINICAL_LEAD);
    }

    public boolean reaches(String teamCode) {
        return seesEveryTeam() || (isClinicalLead() && teams.contains(teamCode));
    }

    /** Which teams' cases a list may show: {@code null} for all. */
    Set<String> visibleTeams() {
        return seesEveryTeam() ? null : isClinicalLead() ? teams : Set.of();
    }
}
