package org.carebridge.identity.normalise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postcode in normal form with the parts it is compared on. A full UK postcode {@code DA5 1AB} has
 * sector {@code DA5 1} and district {@code DA5}; a partial one keyed as only {@code DA5} or {@code DA5 1}
 * has just the parts it shows. Text that is no UK postcode is kept whole for exact comparison only.
 *
 * @param full      the whole postcode, outward and inward parts separated by one space; {@code null} if partial
 * @param sector    outward part, space, first digit of the inward part; {@code null} if unknown
 * @param district  the outward part; {@code null} if unknown
 */
public record Postcode(String full, String sector, String district) {

    private static final Pattern FULL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9])([A-Z]{2})");
    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern OUTWARD_AND_SECTOR = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])");

    /** The postcode's parts, or {@code null} when nothing was keyed. */
    public static Postcode parse(String keyed) {
        if (keyed == null) {
            return null;
        }
        String spaced = SEPARATORS.matcher(keyed.strip().toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        String compact = spaced.replace(" ", "");
        if (compact.isEmpty()) {
            return null;
        }
        Matcher full = FULL.matcher(compact);
        if (full.matches()) {
            String outward = full.group(1);
            return new Postcode(outward + " " + full.group(2) + full.group(3), outward + " " + full.group(2), outward);
        }
        if (OUTWARD.matcher(spaced).matches()) {
            return new Postcode(null, null, spaced);
        }
        Matcher sector = OUTWARD_AND_SECTOR.matcher(spaced);
        if (sector.matches()) {
            return new Postcode(null, sector.group(1) + " " + sector.group(2), sector.group(1));
        }
        return new Postcode(compact, null, null);
    }

    @Override
    public String toString() {
        return "Postcode[...]";
    }
}
