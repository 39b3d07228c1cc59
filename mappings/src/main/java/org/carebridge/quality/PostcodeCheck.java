package org.carebridge.quality;

import org.carebridge.mappings.Postcodes;

/** Postcodes are put in normal form (a recorded fix); one that is no UK postcode is flagged. */
final class PostcodeCheck implements RowCheck {

    private final String column;

    PostcodeCheck(String column) {
        this.column = column;
    }

    @Override
    public void check(RowUnderCheck row) {
        String keyed = row.text(column);
        if (keyed == null) {
            return;
        }
        String normal = Postcodes.normalise(keyed);
        if (normal == null) {
            row.report(QualityRule.POSTCODE_FORMAT.on(column, "not a UK postcode"));
        } else if (!normal.equals(keyed)) {
            row.fix(column, normal, QualityRule.POSTCODE_NORMALISED.on(column, "case or spacing normalised"));
        }
    }
}
