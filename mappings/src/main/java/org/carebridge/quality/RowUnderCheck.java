package org.carebridge.quality;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.ParsedRow;

/** A parsed row while the rules run: checks read its typed values, record findings and apply fixes. */
public final class RowUnderCheck {

    private final ParsedRow row;
    private final Object[] values;
    private final List<Finding> findings = new ArrayList<>();

    RowUnderCheck(ParsedRow row) {
        this.row = row;
        this.values = row.values().clone();
    }

    public SourceTable table() {
        return row.table();
    }

    public Object value(String column) {
        return values[row.table().indexOf(column)];
    }

    public String text(String column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    /** Replaces a value: the staged row carries the repair; the {@link Severity#FIX} finding records it. */
    public void fix(String column, Object repaired, Finding finding) {
        values[row.table().indexOf(column)] = repaired;
        findings.add(finding);
    }

    public void report(Finding finding) {
        findings.add(finding);
    }

    ValidatedRow result() {
        return new ValidatedRow(new ParsedRow(row.source(), values, row.defects()), List.copyOf(findings));
    }
}
