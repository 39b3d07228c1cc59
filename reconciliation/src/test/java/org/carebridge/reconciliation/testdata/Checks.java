package org.carebridge.reconciliation.testdata;

import java.math.BigDecimal;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckDefinition;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.Tolerance;
import org.carebridge.reconciliation.check.Unit;

/** Builds check results for tests: {@code Checks.check("ledger-clients").expected(10).actual(9).build()}. */
public final class Checks {

    private String id;
    private String title;
    private Category category = Category.LEDGER;
    private String description = "Every legacy row is accounted for in the merged model.";
    private Unit unit = Unit.ROWS;
    private BigDecimal expected = BigDecimal.TEN;
    private BigDecimal actual = BigDecimal.TEN;
    private Tolerance tolerance = Tolerance.ZERO;

    private Checks(String id) {
        this.id = id;
        this.title = "Check " + id;
    }

    public static Checks check(String id) {
        return new Checks(id);
    }

    public static CheckResult passing(String id) {
        return check(id).build();
    }

    public static CheckResult failing(String id) {
        return check(id).expected(10).actual(7).build();
    }

    public Checks title(String value) {
        title = value;
        return this;
    }

    public Checks description(String value) {
        description = value;
        return this;
    }

    public Checks category(Category value) {
        category = value;
        return this;
    }

    public Checks unit(Unit value) {
        unit = value;
        return this;
    }

    public Checks expected(long value) {
        expected = BigDecimal.valueOf(value);
        return this;
    }

    public Checks actual(long value) {
        actual = BigDecimal.valueOf(value);
        return this;
    }

    public Checks expected(String value) {
        expected = new BigDecimal(value);
        return this;
    }

    public Checks actual(String value) {
        actual = new BigDecimal(value);
        return this;
    }

    public Checks tolerance(Tolerance value) {
        tolerance = value;
        return this;
    }

    public CheckDefinition definition() {
        return new CheckDefinition(id, title, category, description, unit);
    }

    public CheckResult build() {
        return CheckResult.evaluate(definition(), expected, actual, tolerance);
    }
}
