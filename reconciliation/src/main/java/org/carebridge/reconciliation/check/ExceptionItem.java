package org.carebridge.reconciliation.check;

import java.util.Objects;
import org.carebridge.legacy.SourceSystem;

/**
 * One item a check could not account for. It names the item by ids only: the legacy table and key, and the
 * merged table and key, so that the team can look it up in the systems themselves. Personal values never belong
 * here; as a last line of defence the detail text is screened and anything shaped like an NHS number, a date or a
 * postcode is replaced by {@value DetailScreen#REDACTED}.
 *
 * @param sourceSystem {@code null} when the item has no legacy side (an extra merged row)
 * @param sourceTable  the legacy table as the agreement names it, e.g. {@code CLIENTS}; {@code null} if none
 * @param sourceKey    the legacy key, e.g. {@code 100234}; {@code null} if none
 * @param mergedTable  the merged model's table, or {@code null}
 * @param mergedKey    the merged model's key, or {@code null}
 * @param detail       what differs, in terms of columns and rules, never values; may be {@code null}
 */
public record ExceptionItem(String checkId, ExceptionKind kind, SourceSystem sourceSystem, String sourceTable,
                            String sourceKey, String mergedTable, String mergedKey, String detail) {

    public ExceptionItem {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(kind, "kind");
        if (isBlank(sourceKey) && isBlank(mergedKey)) {
            throw new IllegalArgumentException("an exception of check " + checkId
                    + " needs a source key or a merged key to be traceable");
        }
        detail = DetailScreen.screen(detail);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
