package org.carebridge.quality;

import org.carebridge.mappings.MappedField;
import org.carebridge.mappings.MappingOutcome;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;

/** A coded value must be covered by its mapping table; otherwise the row is flagged for the analysts' worklist. */
final class CodeMappingCheck implements RowCheck {

    private final MappingSet mappings;
    private final MappingTableSpec spec;
    private final MappedField field;

    CodeMappingCheck(MappingSet mappings, MappingTableSpec spec, MappedField field) {
        this.mappings = mappings;
        this.spec = spec;
        this.field = field;
    }

    @Override
    public void check(RowUnderCheck row) {
        String staged = row.text(field.column());
        if (staged == null) {
            return;
        }
        String raw = field.rawValue(staged);
        if (raw == null) {
            return; // a postcode that is no postcode: PostcodeCheck has said so
        }
        MappingOutcome outcome = mappings.map(spec, raw);
        // A value declared UNMAPPED is a reviewed decision (the target gets no value), not a gap.
        if (outcome.kind() == MappingOutcome.Kind.NOT_COVERED) {
            row.report(QualityRule.UNMAPPED_CODE.on(field.column(), "no row of " + spec.fileName() + " covers the value"));
        }
    }
}
