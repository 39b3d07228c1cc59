package org.carebridge.quality;

import org.carebridge.legacy.format.NhsNumber;

/**
 * NHS numbers as keyed: spaces and hyphens are removed (a recorded fix); a number that is not ten digits,
 * fails the modulus-11 check or is a placeholder is flagged, and the person migrates without it; a status
 * other than "present and verified" is flagged so that the number never decides a match on its own.
 */
final class NhsNumberCheck implements RowCheck {

    private final String numberColumn;
    private final String statusColumn;

    NhsNumberCheck(String numberColumn, String statusColumn) {
        this.numberColumn = numberColumn;
        this.statusColumn = statusColumn;
    }

    @Override
    public void check(RowUnderCheck row) {
        String keyed = row.text(numberColumn);
        if (keyed == null) {
            return;
        }
        String normal = NhsNumber.normalise(keyed);
        if (!normal.equals(keyed)) {
            row.fix(numberColumn, normal, QualityRule.NHS_NUMBER_NORMALISED.on(numberColumn,
                    "spaces or hyphens removed"));
        }
        switch (NhsNumber.check(normal)) {
            case NOT_TEN_DIGITS -> row.report(QualityRule.NHS_NUMBER_FORMAT.on(numberColumn,
                    "not ten digits once spaces and hyphens are removed"));
            case CHECK_DIGIT_FAILS -> row.report(QualityRule.NHS_NUMBER_CHECKSUM.on(numberColumn,
                    "the check digit does not match (modulus 11)"));
            case PLACEHOLDER -> row.report(QualityRule.NHS_NUMBER_PLACEHOLDER.on(numberColumn,
                    "a placeholder, not a real number"));
            case VALID -> {
                if (!"01".equals(row.text(statusColumn))) {
                    row.report(QualityRule.NHS_NUMBER_UNVERIFIED.on(statusColumn,
                            "status " + (row.text(statusColumn) == null ? "blank" : row.text(statusColumn))
                                    + ", not 01 (present and verified)"));
                }
            }
            default -> {
            }
        }
    }
}
