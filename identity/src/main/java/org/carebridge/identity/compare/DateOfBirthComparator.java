package org.carebridge.identity.compare;

import java.time.LocalDate;

/**
 * Date-of-birth levels: exact; day and month transposed (the US/UK keying slip); one digit wrong or two
 * adjacent digits swapped in {@code yyyyMMdd}; the same day and month a year out; otherwise different.
 */
final class DateOfBirthComparator {

    static final int EXACT = Field.DATE_OF_BIRTH.level("exact");
    static final int DAY_MONTH_SWAPPED = Field.DATE_OF_BIRTH.level("day_month_swapped");
    static final int ONE_DIGIT = Field.DATE_OF_BIRTH.level("one_digit");
    static final int YEAR_1 = Field.DATE_OF_BIRTH.level("year_1");
    static final int DIFFERENT = Field.DATE_OF_BIRTH.different();

    int compare(LocalDate a, String aDigits, LocalDate b, String bDigits) {
        if (a == null || b == null) {
            return Field.MISSING;
        }
        if (a.equals(b)) {
            return EXACT;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue()) {
            return DAY_MONTH_SWAPPED;
        }
        if (oneDigitOrAdjacentSwap(aDigits, bDigits)) {
            return ONE_DIGIT;
        }
        if (a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth()
                && Math.abs(a.getYear() - b.getYear()) == 1) {
            return YEAR_1;
        }
        return DIFFERENT;
    }

    static boolean oneDigitOrAdjacentSwap(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (++differences > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
    }
}
