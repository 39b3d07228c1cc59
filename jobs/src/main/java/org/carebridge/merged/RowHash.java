package org.carebridge.merged;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The content hash a merged row carries ({@code row_hash}): re-loading a row whose content has not changed
 * leaves it untouched. 128 bits of SHA-256 over the values in column order, with unambiguous separators
 * (null differs from empty text).
 */
public final class RowHash {

    /** One digest per thread, reused: a wave load hashes millions of rows, and each lookup of the algorithm costs. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(RowHash::sha256);

    private RowHash() {
    }

    public static String of(Object... values) {
        MessageDigest sha = SHA_256.get();
        sha.reset(); // a digest an exception left half-fed
        for (Object value : values) {
            if (value == null) {
                sha.update((byte) 0);
            } else {
                sha.update((byte) 1);
                sha.update(canonical(value).getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static String canonical(Object value) {
        if (value instanceof BigDecimal b) {
            return b.setScale(Math.max(2, b.scale())).toPlainString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
