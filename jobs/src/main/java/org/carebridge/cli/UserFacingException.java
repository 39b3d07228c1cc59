package org.carebridge.cli;

/**
 * A failure the operator can act on: its message is printed as the one-line reason and the command
 * exits non-zero, without a stack trace. Messages name files, lines, ids and rules, never personal data.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
