package org.carebridge.identity.compare;

import java.time.LocalDate;

/**
 * Date-of-birth levels: exact; day and month transposed (the US/UK keying slip); one digit wrong or two
 * adjacent digits swapped in {@code yyyyMMdd}; otherwise within a year either way (a year out, a wrong
 * day or month); otherwise different.
 */
final class DateOfBirthComparator {

    static final int EXACT = Field.DATE_OF_BIRTH.level("exact");
    static final int DAY_MONTH_SWAPPED = Field.DATE_OF_BIRTH.level("day_month_swapped");
    static final int ONE_DIGIT = Field.DATE_OF_BIRTH.level("one_digit");
    static final int WITHIN_1_YEAR = Field.DATE_OF_BIRTH.level("within_1_year");
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
        if (Math.abs(a.toEpochDay() - b.toEpochDay()) <= 366) {
            return WITHIN_1_YEAR;
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
