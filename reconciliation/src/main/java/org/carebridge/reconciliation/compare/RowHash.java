package org.carebridge.reconciliation.compare;

import java.util.HexFormat;

/**
 * The content fingerprint of one normalised row: the first 128 bits of the SHA-256 of its canonical bytes
 * (see {@link CanonicalRowHasher}). 128 bits keep two longs instead of an array, so equality is two
 * comparisons, while an accidental collision among even billions of rows stays far below any practical chance.
 */
public record RowHash(long high, long low) {

    /** 32 lower-case hex digits, the same as the first 32 of {@code sha256sum} over the canonical bytes. */
    public String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    public static RowHash ofHex(String hex) {
        if (hex == null || hex.length() != 32) {
            throw new IllegalArgumentException("a row hash is 32 hex digits");
        }
        return new RowHash(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }

    @Override
    public String toString() {
        return hex();
    }
}
