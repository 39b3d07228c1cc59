package org.carebridge.handover.caseload;

import java.util.Set;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.HandoverClient;

/**
 * Weighted caseload points of one client, compared with a worker's {@code capacity_points} (full time is about
 * 100). The defaults and their reasons are in the module README: a plain case costs 3 points, so a full-time
 * worker holds about 33 plain cases or about 14 of the most complex ones.
 *
 * @param base      every client
 * @param cpa       extra for an open CPA episode (care coordination: reviews, care plan, crisis plan)
 * @param s117      extra for section 117 aftercare (joint health and social care funding and reviews)
 * @param cto       extra for a community treatment order (statutory conditions, recall duties)
 * @param highRisk  extra for a current high-risk flag (more frequent contact, joint visits)
 */
public record CaseloadWeighting(int base, int cpa, int s117, int cto, int highRisk) {

    public CaseloadWeighting {
        if (base < 1 || cpa < 0 || s117 < 0 || cto < 0 || highRisk < 0) {
            throw new IllegalArgumentException("base must be positive and extras not negative");
        }
    }

    public static CaseloadWeighting defaults() {
        return new CaseloadWeighting(3, 1, 1, 1, 2);
    }

    public int pointsFor(HandoverClient client) {
        return pointsFor(client.flags());
    }

    /** Points of a client known only by their flags (for example one already carried by a worker). */
    public int pointsFor(Set<ClientFlag> flags) {
        int points = base;
        points += flags.contains(ClientFlag.CPA) ? cpa : 0;
        points += flags.contains(ClientFlag.S117) ? s117 : 0;
        points += flags.contains(ClientFlag.CTO) ? cto : 0;
        points += flags.contains(ClientFlag.HIGH_RISK) ? highRisk : 0;
        return points;
    }
}
