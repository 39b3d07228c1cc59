package org.carebridge.legacy.csv;

/**
 * A bundle or file that cannot be read at all (missing file, unreadable header, refused manifest).
 * The message names the file and what is wrong, and never holds a personal value.
 */
public class BundleFormatException extends RuntimeException {

    public BundleFormatException(String message) {
        super(message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
