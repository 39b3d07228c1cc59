package org.carebridge.wave;

import java.util.Set;

/** Which persons have a handover approved (or further on) for a wave; none until handovers are proposed. */
public interface HandoverApprovals {

    Set<String> approvedPersons(String wave);
}
