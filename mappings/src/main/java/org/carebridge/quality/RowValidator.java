package org.carebridge.quality;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;

/**
 * Parses a source row and applies the data-quality rules to it. Format defects (a field that breaks the
 * interface agreement, with the ids of {@link org.carebridge.legacy.csv.FormatRule}) reject the row and no
 * other rule runs on it; otherwise every row check of its table runs and may fix, flag or reject it.
 */
public class RowValidator {

    private final RowParser parser = new RowParser();
    private final RowChecks checks;

    public RowValidator(RowChecks checks) {
        this.checks = checks;
    }

    public ValidatedRow validate(SourceRow source) {
        ParsedRow parsed = parser.parse(source);
        if (!parsed.ok()) {
            List<Finding> findings = new ArrayList<>(parsed.defects().size());
            for (RowDefect defect : parsed.defects()) {
                findings.add(new Finding(defect.rule().id(), Severity.REJECT, defect.column(), defect.message()));
            }
            return new ValidatedRow(parsed, findings);
        }
        RowUnderCheck row = new RowUnderCheck(parsed);
        for (RowCheck check : checks.of(source.table())) {
            check.check(row);
        }
        return row.result();
    }
}
