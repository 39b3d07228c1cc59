package org.carebridge.identity.person;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each distinct value among many records' values. Names, postcodes, status codes and dates of birth
 * repeat across a population, and every record read from a database or normalised carries its own copies: at a
 * million records those copies are most of a resolution's memory. Values must be immutable. Thread-safe; keeps what
 * it was given for as long as it is kept itself, so make one per run.
 */
public final class SharedValues {

    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    /** The instance kept for values equal to {@code value} ({@code value} itself the first time); null stays null. */
    @SuppressWarnings("unchecked")
    public <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object kept = values.putIfAbsent(value, value);
        return kept == null ? value : (T) kept;
    }

    /** How many distinct values are kept. */
    public int size() {
        return values.size();
    }
}
