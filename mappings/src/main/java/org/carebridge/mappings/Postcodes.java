package org.carebridge.mappings;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes: the normal form (upper case, one space before the inward code) and its parts. */
public final class Postcodes {

    private static final Pattern NORMAL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9][A-Z]{2})");

    private Postcodes() {
    }

    /** The postcode in normal form, or {@code null} when it is not a UK postcode whatever its spacing. */
    public static String normalise(String keyed) {
        if (keyed == null) {
            return null;
        }
        String compact = keyed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return null;
        }
        String normal = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return NORMAL.matcher(normal).matches() ? normal : null;
    }

    /** The outward code ({@code DA7}), or {@code null} when the postcode is not valid. */
    public static String district(String postcode) {
        String normal = normalise(postcode);
        return normal == null ? null : normal.substring(0, normal.indexOf(' '));
    }

    /** The sector ({@code DA7 4}), or {@code null} when the postcode is not valid. */
    public static String sector(String postcode) {
        String normal = normalise(postcode);
        return normal == null ? null : normal.substring(0, normal.length() - 2);
    }
}
