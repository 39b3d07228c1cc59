package org.carebridge.reconciliation.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.carebridge.reconciliation.check.Unit;

/** Figures as a UK reader expects them on the page: thousands separators, pounds with a £ and two places. */
final class Figures {

    private Figures() {
    }

    static String format(BigDecimal value, Unit unit) {
        DecimalFormat format = new DecimalFormat(unit.scale() == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.UK));
        String text = format.format(value.abs());
        String sign = value.signum() < 0 ? "\u2212" : "";
        return unit.isMoney() ? sign + "\u00a3" + text : sign + text;
    }

    /** A difference with its sign always shown, so "+3" and "−3" read as changes. */
    static String signed(BigDecimal value, Unit unit) {
        return value.signum() > 0 ? "+" + format(value, unit) : format(value, unit);
    }
}
