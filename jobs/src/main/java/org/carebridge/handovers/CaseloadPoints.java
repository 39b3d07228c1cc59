package org.carebridge.handovers;

import java.util.Set;
import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.ClientFlag;

/** The library's caseload weighting for a client known only by flags (one who is not in the pairing problem). */
final class CaseloadPoints {

    private CaseloadPoints() {
    }

    static int of(CaseloadWeighting weighting, Set<ClientFlag> flags) {
        return weighting.base()
                + (flags.contains(ClientFlag.CPA) ? weighting.cpa() : 0)
                + (flags.contains(ClientFlag.S117) ? weighting.s117() : 0)
                + (flags.contains(ClientFlag.CTO) ? weighting.cto() : 0)
                + (flags.contains(ClientFlag.HIGH_RISK) ? weighting.highRisk() : 0);
    }
}
