package org.carebridge.reconciliation.compare;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckDefinition;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.carebridge.reconciliation.check.Tolerance;
import org.carebridge.reconciliation.check.Unit;

/**
 * The row-level comparison of one legacy table against the merged table it became, as a reconciliation check:
 * runs a {@link SortedMergeComparison}, turns every difference into an {@link ExceptionItem} (ids only) for the
 * report pack, and returns the check result. Expected is zero rows that fail to match; actual is the number that
 * do (missing + extra + different + duplicate keys); the description carries the full counts in words.
 */
public final class RowLevelCheck<K> {

    private final String checkId;
    private final SourceSystem sourceSystem;
    private final String sourceTable;
    private final String mergedTable;
    private final SortedMergeComparison<K> comparison;

    public RowLevelCheck(String checkId, SourceSystem sourceSystem, String sourceTable, String mergedTable,
                         Comparator<? super K> order) {
        this.checkId = Objects.requireNonNull(checkId, "checkId");
        this.sourceSystem = Objects.requireNonNull(sourceSystem, "sourceSystem");
        this.sourceTable = Objects.requireNonNull(sourceTable, "sourceTable");
        this.mergedTable = Objects.requireNonNull(mergedTable, "mergedTable");
        this.comparison = new SortedMergeComparison<>(order);
    }

    /**
     * Compares the sorted sides, streaming each difference to {@code exceptions} as it is found.
     *
     * @throws UnsortedInputException when a side is not in key order
     */
    public CheckResult run(Iterator<HashedRow<K>> source, Iterator<HashedRow<K>> target,
                           Consumer<? super ExceptionItem> exceptions, Tolerance tolerance) {
        ComparisonCounts counts = comparison.compare(source, target, d -> exceptions.accept(toException(d)));
        CheckDefinition definition = new CheckDefinition(checkId,
                "Rows not matching: " + sourceSystem + " " + sourceTable + " vs merged " + mergedTable,
                Category.ROW_COMPARISON, describe(counts), Unit.ROWS);
        return CheckResult.evaluate(definition, 0, counts.discrepancies(), tolerance);
    }

    private String describe(ComparisonCounts c) {
        return "Each of the " + c.sourceRows() + " " + sourceSystem + " " + sourceTable + " rows, put through the "
                + "mappings, should have one merged " + mergedTable + " row with identical content, and the merged "
                + "table should hold nothing else. Found " + c.matched() + " identical, " + c.different()
                + " different, " + c.missing() + " missing from the merged model, " + c.extra()
                + " extra in the merged model (of " + c.targetRows() + " merged rows), and "
                + (c.duplicatesInSource() + c.duplicatesInTarget()) + " repeated keys. "
                + "The figures count rows that do not match.";
    }

    ExceptionItem toException(RowDifference<K> d) {
        String key = String.valueOf(d.key());
        String sourceKey = d.sourceReference() != null ? d.sourceReference() : key;
        String mergedKey = d.targetReference() != null ? d.targetReference() : key;
        switch (d.kind()) {
            case MISSING:
                return item(ExceptionKind.MISSING, sourceKey, null,
                        "no merged row carries this legacy key");
            case EXTRA:
                return item(ExceptionKind.EXTRA, key, mergedKey,
                        "the merged row names a legacy key the source does not hold");
            case DIFFERENT:
                return item(ExceptionKind.DIFFERENT, sourceKey, mergedKey,
                        "content differs after normalisation through the mappings");
            case DUPLICATE_IN_SOURCE:
                return item(ExceptionKind.DUPLICATE, sourceKey, null,
                        "legacy key repeated in the source; only its first row was compared");
            case DUPLICATE_IN_TARGET:
                return item(ExceptionKind.DUPLICATE, key, mergedKey,
                        "legacy key repeated in the merged model; only its first row was compared");
            default:
                throw new IllegalStateException("unknown difference kind " + d.kind());
        }
    }

    private ExceptionItem item(ExceptionKind kind, String sourceKey, String mergedKey, String detail) {
        return new ExceptionItem(checkId, kind, sourceSystem, sourceTable, sourceKey, mergedTable, mergedKey, detail);
    }
}
