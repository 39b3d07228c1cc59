package org.carebridge.identity.compare;

import java.util.Objects;
import org.carebridge.identity.normalise.Postcode;

/** Postcode levels: the full postcode, the same sector ({@code DA5 1}), the same district ({@code DA5}), or neither. */
final class PostcodeComparator {

    static final int FULL = Field.POSTCODE.level("full");
    static final int SECTOR = Field.POSTCODE.level("sector");
    static final int DISTRICT = Field.POSTCODE.level("district");
    static final int DIFFERENT = Field.POSTCODE.different();

    int compare(Postcode a, Postcode b) {
        if (a == null || b == null) {
            return Field.MISSING;
        }
        if (a.full() != null && a.full().equals(b.full())) {
            return FULL;
        }
        if (a.sector() != null && a.sector().equals(b.sector())) {
            return SECTOR;
        }
        if (a.district() != null && Objects.equals(a.district(), b.district())) {
            return DISTRICT;
        }
        return DIFFERENT;
    }
}
