package org.carebridge.mappings;

/** What a mapping table says of one raw value. */
public record MappingOutcome(Kind kind, MappingEntry entry) {

    public enum Kind {
        /** A row translates it. */
        MAPPED,
        /** A row says it is deliberately left unmapped (the target gets no value, and the row is flagged). */
        DECLARED_UNMAPPED,
        /** No row covers it yet: it belongs on the analysts' worklist. */
        NOT_COVERED,
        /** The source field is empty. */
        EMPTY
    }

    public boolean mapped() {
        return kind == Kind.MAPPED;
    }

    /** The cleaned value when mapped, else {@code null}. */
    public String cleaned() {
        return mapped() ? entry.cleaned() : null;
    }
}
