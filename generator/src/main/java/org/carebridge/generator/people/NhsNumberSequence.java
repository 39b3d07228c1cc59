package org.carebridge.generator.people;

import java.util.Optional;
import org.carebridge.legacy.format.NhsNumber;

/**
 * Hands out valid NHS numbers from the 999 test range (999 000 000 0 - 999 999 999 9), each at most once,
 * in a seed-dependent scrambled order so that neighbouring people do not get neighbouring numbers.
 * Prefixes whose check digit would be 10 and the placeholder 9999999999 are skipped; the range holds
 * 909,090 usable numbers, after which the sequence is exhausted and answers {@code null}.
 */
public final class NhsNumberSequence {

    private static final int RANGE = 1_000_000;
    private static final int PREFIX = 999_000_000;

    private final long multiplier;
    private final long offset;
    private int position;

    public NhsNumberSequence(long seed) {
        // An affine map k -> (a*k + b) mod 10^6 permutes the range when a shares no factor with 10^6.
        long a = Math.floorMod(seed * 0x5DEECE66DL + 0xB, RANGE);
        while (a % 2 == 0 || a % 5 == 0) {
            a = (a + 1) % RANGE;
        }
        this.multiplier = a;
        this.offset = Math.floorMod(seed >>> 17, RANGE);
    }

    /** The next unused valid number, or {@code null} once the test range is used up. */
    public String next() {
        while (position < RANGE) {
            long suffix = (multiplier * position + offset) % RANGE;
            position++;
            String firstNine = Long.toString(PREFIX + suffix);
            Optional<Integer> check = NhsNumber.checkDigit(firstNine);
            if (check.isPresent()) {
                String number = firstNine + check.get();
                if (!NhsNumber.PLACEHOLDERS.contains(number)) {
                    return number;
                }
            }
        }
        return null;
    }
}
