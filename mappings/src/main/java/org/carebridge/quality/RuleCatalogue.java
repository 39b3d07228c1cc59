package org.carebridge.quality;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.csv.FormatRule;

/** Every rule Carebridge applies to source rows, for documentation, reports and the README's table. */
public final class RuleCatalogue {

    /** One rule as people read it. */
    public record Entry(String id, Severity severity, String description) {
    }

    private RuleCatalogue() {
    }

    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (FormatRule rule : FormatRule.values()) {
            entries.add(new Entry(rule.id(), Severity.REJECT, rule.description()));
        }
        for (QualityRule rule : QualityRule.values()) {
            entries.add(new Entry(rule.id(), rule.severity(), rule.description()));
        }
        return entries;
    }
}
