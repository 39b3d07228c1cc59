package org.carebridge.wave;

import java.util.List;
import java.util.Map;
import org.carebridge.identity.person.SourceRef;

/**
 * Who is who: every merged person and the legacy person records (council clients, Oxleas patients) identity
 * resolution has linked to them. Waves are chosen, gated and loaded person by person.
 */
public interface PersonDirectory {

    /** Merged person id → their legacy person records, in a stable order. */
    Map<String, List<SourceRef>> persons();
}
