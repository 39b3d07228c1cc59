package org.carebridge.identity.person;

import java.util.Locale;

/** The council's RECORD_STATUS; Oxleas records are always active. */
public enum RecordStatus {
    /** A live record (council A, and every Oxleas record). */
    ACTIVE,
    /** The council merged this record into another one (M, with MERGED_INTO_CLIENT_ID). */
    MERGED,
    /** The council deleted this record (D). */
    DELETED;

    /** A, M, D; blank or unknown codes are read as active so that no person silently disappears. */
    public static RecordStatus fromCouncil(String code) {
        if (code == null) {
            return ACTIVE;
        }
        switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "M":
                return MERGED;
            case "D":
                return DELETED;
            default:
                return ACTIVE;
        }
    }
}
