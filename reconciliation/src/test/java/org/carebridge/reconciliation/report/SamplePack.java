package org.carebridge.reconciliation.report;

import java.util.List;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.carebridge.reconciliation.check.Unit;
import org.carebridge.reconciliation.testdata.Checks;
import org.carebridge.reconciliation.testdata.Exceptions;

/** A small, realistic pack: a passing ledger, a failing money check with two exceptions, a failing row comparison. */
final class SamplePack {

    static final CheckResult LEDGER = Checks.check("ledger-council-clients").title("Council clients ledger")
            .description("Every council CLIENTS row is migrated, merged into another record or excluded with a reason.")
            .expected(3400).actual(3400).build();
    static final CheckResult MONEY = Checks.check("money-weekly-total").title("Weekly cost of open packages")
            .category(Category.MONEY).unit(Unit.POUNDS)
            .description("The weekly cost of every open council care package, to the penny.")
            .expected("104500.10").actual("104480.00").build();
    static final CheckResult ROWS = Checks.check("row-council-services").title("Care packages row by row")
            .category(Category.ROW_COMPARISON).description("=HYPERLINK(\"http://evil\") is not a formula here")
            .expected(0).actual(1).build();

    static final List<CheckResult> CHECKS = List.of(LEDGER, MONEY, ROWS);

    static List<ExceptionItem> exceptions() {
        return List.of(
                Exceptions.exceptionOf("money-weekly-total").kind(ExceptionKind.MISMATCH).sourceKey("SERVICE-77")
                        .detail("weekly cost differs").build(),
                Exceptions.exceptionOf("row-council-services").kind(ExceptionKind.DIFFERENT).sourceKey("-5001")
                        .mergedKey("@PKG-9").detail("+ content differs").build(),
                Exceptions.exceptionOf("money-weekly-total").kind(ExceptionKind.MISSING).sourceKey("SERVICE-78")
                        .build());
    }

    static ReportCharts charts() {
        return ReportCharts.of(
                List.of(PairedValue.of("CLIENTS", 3400, 3400), PairedValue.of("SERVICES", 5100, 5099)),
                List.of(new PairedValue("Long Term Support: Nursing Care", new java.math.BigDecimal("60500.10"),
                        new java.math.BigDecimal("60480.00"))),
                List.of(PairedValue.of("BC-ADN", 840, 910)),
                List.of(PairedValue.of("W000123", 84, 91)));
    }

    private SamplePack() {
    }
}
