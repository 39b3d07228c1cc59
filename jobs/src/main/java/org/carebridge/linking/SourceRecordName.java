package org.carebridge.linking;

import java.util.Locale;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;

/**
 * How an operator names one source record on the command line and in output: {@code COUNCIL:123} or
 * {@code OXLEAS:RIO0000001} (the system is case-insensitive; the id is as the source keys it).
 */
public final class SourceRecordName {

    private SourceRecordName() {
    }

    /** Parses {@code SYSTEM:ID}; people and workforce records have no identity, so only the two sources. */
    public static SourceRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("a source record is written COUNCIL:<client id> or "
                    + "OXLEAS:<local patient id>, not '" + text + "'");
        }
        String system = text.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        String id = text.substring(colon + 1).strip();
        switch (system) {
            case "COUNCIL":
                return SourceRef.council(id);
            case "OXLEAS":
                return SourceRef.oxleas(id);
            default:
                throw new IllegalArgumentException("source system '" + system + "' holds no person records; "
                        + "use COUNCIL or OXLEAS");
        }
    }

    public static String format(SourceRef ref) {
        return ref.system().name() + ":" + ref.id();
    }

    static SourceRef of(String system, String id) {
        return new SourceRef(SourceSystem.valueOf(system), id);
    }
}
