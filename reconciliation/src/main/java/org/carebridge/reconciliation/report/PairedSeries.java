package org.carebridge.reconciliation.report;

import java.util.List;
import java.util.Objects;
import org.carebridge.reconciliation.check.Unit;

/**
 * A chart's data: labelled pairs of figures, e.g. rows per table in the source and the target.
 *
 * @param beforeName the first series' name, e.g. "Legacy" or "Before"
 * @param afterName  the second series' name, e.g. "Merged" or "After"
 */
public record PairedSeries(String title, String beforeName, String afterName, Unit unit, List<PairedValue> values) {

    public PairedSeries {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(beforeName, "beforeName");
        Objects.requireNonNull(afterName, "afterName");
        Objects.requireNonNull(unit, "unit");
        values = List.copyOf(values);
    }
}
