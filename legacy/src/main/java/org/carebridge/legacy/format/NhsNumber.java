package org.carebridge.legacy.format;

import java.util.Optional;
import java.util.Set;

/**
 * The NHS number rule of the NHS Data Dictionary: ten digits once spaces and hyphens are removed,
 * the tenth a modulus-11 check digit over the first nine (weights 10 down to 2; a check of 11 is 0,
 * a check of 10 can never be issued). Well-known placeholders pass the check but are not real numbers.
 */
public final class NhsNumber {

    /** Values keyed when the real number was not known; they pass the check yet belong to nobody. */
    public static final Set<String> PLACEHOLDERS = Set.of("0000000000", "1111111111", "9999999999", "0123456789");

    /** How a keyed NHS number fares against the rule. */
    public enum Verdict {
        VALID, BLANK, NOT_TEN_DIGITS, CHECK_DIGIT_FAILS, PLACEHOLDER
    }

    private NhsNumber() {
    }

    /** Removes the spaces and hyphens people key inside numbers; {@code null} stays {@code null}. */
    public static String normalise(String keyed) {
        if (keyed == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < keyed.length(); i++) {
            char c = keyed.charAt(i);
            if (c != ' ' && c != '-') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    public static Verdict check(String keyed) {
        String n = normalise(keyed);
        if (n == null || n.isEmpty()) {
            return Verdict.BLANK;
        }
        if (n.length() != 10 || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Verdict.NOT_TEN_DIGITS;
        }
        Optional<Integer> expected = checkDigit(n.substring(0, 9));
        if (expected.isEmpty() || expected.get() != n.charAt(9) - '0') {
            return Verdict.CHECK_DIGIT_FAILS;
        }
        return PLACEHOLDERS.contains(n) ? Verdict.PLACEHOLDER : Verdict.VALID;
    }

    /** The normalised number when it is a real, valid NHS number. */
    public static Optional<String> valid(String keyed) {
        return check(keyed) == Verdict.VALID ? Optional.of(normalise(keyed)) : Optional.empty();
    }

    /**
     * The check digit for nine leading digits, or empty when no number can start with them
     * (the remainder gives 10).
     */
    public static Optional<Integer> checkDigit(String firstNine) {
        if (firstNine.length() != 9) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return Optional.of(0);
        }
        return check == 10 ? Optional.empty() : Optional.of(check);
    }
}
