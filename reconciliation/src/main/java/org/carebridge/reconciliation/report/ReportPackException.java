package org.carebridge.reconciliation.report;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

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

    /** What the file system said, in a few words ("No space left on device"), for the one-line message. */
    static String reason(Throwable failure) {
        Throwable t = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() != null
                && t.getMessage().equals(t.getCause().toString())) {
            t = t.getCause();
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : ": " + fs.getFile());
        }
        if (t.getMessage() == null || t.getMessage().isBlank()) {
            return t.getClass().getSimpleName();
        }
        if (t.getMessage().equals("CSV write failed") && t.getCause() != null) {
            return reason(t.getCause());
        }
        int newline = t.getMessage().indexOf('\n');
        return newline < 0 ? t.getMessage() : t.getMessage().substring(0, newline);
    }
}
