package org.carebridge.reconciliation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal paired bar chart, computed here so that the template only places SVG shapes.
 * Bars share one scale from zero to the largest figure; a negative figure draws no bar but keeps its label.
 */
record BarChart(String title, String beforeName, String afterName, String description, int width, int height,
                List<Bar> bars) {

    static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 240;
    private static final int BAR_AREA = 380;
    private static final int ROW_HEIGHT = 40;
    private static final int TOP = 34;
    /** Longer labels are shortened in the drawing only; the table under the chart shows them whole. */
    private static final int LABEL_CHARACTERS = 34;

    /** One label's pair of bars. */
    record Bar(String label, String shortLabel, int labelY, int beforeY, int afterY, int beforeWidth, int afterWidth, String beforeText,
               String afterText, String changeText, int beforeTextX, int afterTextX) {
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    static BarChart of(PairedSeries series) {
        BigDecimal max = BigDecimal.ZERO;
        for (PairedValue v : series.values()) {
            max = max.max(v.before()).max(v.after());
        }
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (PairedValue v : series.values()) {
            int before = length(v.before(), max);
            int after = length(v.after(), max);
            bars.add(new Bar(v.label(), shorten(v.label()), y + 18, y + 2, y + 19, before, after,
                    Figures.format(v.before(), series.unit()), Figures.format(v.after(), series.unit()),
                    Figures.signed(v.after().subtract(v.before()), series.unit()),
                    LABEL_WIDTH + before + 6, LABEL_WIDTH + after + 6));
            y += ROW_HEIGHT;
        }
        int pairs = series.values().size();
        String description = series.title() + ": " + pairs + (pairs == 1 ? " bar pair" : " bar pairs") + " comparing "
                + series.beforeName() + " with " + series.afterName() + " in " + series.unit().plural()
                + "; the same figures are in the table below the chart.";
        return new BarChart(series.title(), series.beforeName(), series.afterName(), description, WIDTH,
                y + 10, List.copyOf(bars));
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1) + "\u2026";
    }

    private static int length(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return Math.max(1, value.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP)
                .intValue());
    }
}
