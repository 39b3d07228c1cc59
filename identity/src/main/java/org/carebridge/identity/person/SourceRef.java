package org.carebridge.identity.person;

import java.util.Comparator;
import java.util.Objects;
import org.carebridge.legacy.SourceSystem;

/**
 * Names one source record: the system it came from and its key there ({@code CLIENT_ID} or
 * {@code LocalPatientId}). Ordered by system, then by id with numeric ids in numeric order, so that
 * every output that lists records is deterministic whatever order they were read in.
 */
public record SourceRef(SourceSystem system, String id) implements Comparable<SourceRef> {

    private static final Comparator<String> IDS = SourceRef::compareIds;

    public SourceRef {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a source record id may not be blank");
        }
    }

    public static SourceRef council(String clientId) {
        return new SourceRef(SourceSystem.COUNCIL, clientId);
    }

    public static SourceRef oxleas(String localPatientId) {
        return new SourceRef(SourceSystem.OXLEAS, localPatientId);
    }

    @Override
    public int compareTo(SourceRef other) {
        int bySystem = system.compareTo(other.system);
        return bySystem != 0 ? bySystem : IDS.compare(id, other.id);
    }

    private static int compareIds(String a, String b) {
        boolean numericA = isDigits(a);
        boolean numericB = isDigits(b);
        if (numericA && numericB) {
            String ta = stripLeadingZeros(a);
            String tb = stripLeadingZeros(b);
            int byLength = Integer.compare(ta.length(), tb.length());
            if (byLength != 0) {
                return byLength;
            }
            int byDigits = ta.compareTo(tb);
            return byDigits != 0 ? byDigits : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    @Override
    public String toString() {
        return system + ":" + id;
    }
}
