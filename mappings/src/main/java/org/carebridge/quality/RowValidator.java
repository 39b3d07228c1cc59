package org.carebridge.quality;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.csv.RowDefect;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;

/**
 * Parses a source row and applies the data-quality rules to it. Format defects (a field that breaks
 * the interface agreement) always reject the row; they carry the ids of
 * {@link org.carebridge.legacy.csv.FormatRule}.
 */
public class RowValidator {

    private final RowParser parser = new RowParser();

    public ValidatedRow validate(SourceRow source) {
        ParsedRow parsed = parser.parse(source);
        List<Finding> findings = new ArrayList<>(parsed.defects().size());
        for (RowDefect defect : parsed.defects()) {
            findings.add(new Finding(defect.rule().id(), Severity.REJECT, defect.column(), defect.message()));
        }
        return new ValidatedRow(parsed, findings);
    }
}
