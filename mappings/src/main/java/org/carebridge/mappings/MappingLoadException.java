package org.carebridge.mappings;

/** A mapping table that cannot be used as written; the message names its file and line. */
public class MappingLoadException extends RuntimeException {

    public MappingLoadException(String message) {
        super(message);
    }

    public MappingLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
