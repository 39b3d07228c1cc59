package org.carebridge.reconciliation.report;

/**
 * A report pack could not be written or read: a folder that cannot be written, a pack that already exists, a pack
 * whose files do not match its {@code SHA256SUMS}. Messages name folders, files and check ids only.
 */
public final class ReportPackException extends RuntimeException {

    ReportPackException(String message) {
        super(message);
    }

    ReportPackException(String message, Throwable cause) {
        super(message, cause);
    }
}
