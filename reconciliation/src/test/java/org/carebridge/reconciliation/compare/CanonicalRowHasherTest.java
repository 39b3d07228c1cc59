package org.carebridge.reconciliation.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CanonicalRowHasherTest {

    private final CanonicalRowHasher hasher = new CanonicalRowHasher();

    @Test
    void nullEmptyAndBlankTextAreTheSameAbsentValue() {
        RowHash ofNull = hasher.text(null).hash();

        assertThat(hasher.text("").hash()).isEqualTo(ofNull);
        assertThat(hasher.text("   ").hash()).isEqualTo(ofNull);
        assertThat(hasher.text("x").hash()).isNotEqualTo(ofNull);
    }

    @Test
    void surroundingWhitespaceIsIgnoredButCaseIsKept() {
        assertThat(hasher.text("  Smith ").hash()).isEqualTo(hasher.text("Smith").hash());
        assertThat(hasher.text("smith").hash()).isNotEqualTo(hasher.text("Smith").hash());
    }

    @Test
    void composedAndDecomposedAccentsHashAlike() {
        assertThat(hasher.text("Ren\u00e9e").hash()).isEqualTo(hasher.text("Rene\u0301e").hash());
    }

    @Test
    void decimalsCompareAtTwoPlaces() {
        assertThat(hasher.decimal(new BigDecimal("12.5")).hash()).isEqualTo(hasher.decimal(new BigDecimal("12.50")).hash());
        assertThat(hasher.decimal(new BigDecimal("1.25E+1")).hash()).isEqualTo(hasher.text("12.50").hash());
        assertThat(hasher.decimal(new BigDecimal("12.51")).hash()).isNotEqualTo(hasher.decimal(new BigDecimal("12.50")).hash());
    }

    @Test
    void wholeNumbersFromADatabaseDecimalHashLikeLongs() {
        assertThat(hasher.integer(new BigDecimal("100234")).hash()).isEqualTo(hasher.integer(100234L).hash());
    }

    @Test
    void datesAndTimestampsHashAsTheirIsoText() {
        assertThat(hasher.date(LocalDate.of(2024, 2, 29)).hash()).isEqualTo(hasher.text("2024-02-29").hash());
        assertThat(hasher.timestamp(LocalDateTime.of(2024, 2, 29, 10, 15, 30, 999_000_000)).hash())
                .isEqualTo(hasher.text("2024-02-29T10:15:30").hash());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(hasher.text("ab").text("c").hash()).isNotEqualTo(hasher.text("a").text("bc").hash());
        assertThat(hasher.text(null).text("a").hash()).isNotEqualTo(hasher.text("a").text(null).hash());
        assertThat(hasher.text("a\u0000").hash()).isNotEqualTo(hasher.text("a").text(null).hash());
    }

    @Test
    void theHashIsTheFirst128BitsOfSha256OverTheDocumentedEncoding() throws Exception {
        // absent = 0x00; present = 0x01, 4-byte big-endian UTF-8 length, the bytes
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(new byte[] {1, 0, 0, 0, 6});
        expected.write("100234".getBytes(StandardCharsets.UTF_8));
        expected.write(0);
        expected.write(new byte[] {1, 0, 0, 0, 5});
        expected.write("12.50".getBytes(StandardCharsets.UTF_8));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected.toByteArray()));

        RowHash hash = hasher.integer(100234L).text(" ").decimal(new BigDecimal("12.5")).hash();

        assertThat(hash.hex()).isEqualTo(sha256.substring(0, 32));
        assertThat(RowHash.ofHex(hash.hex())).isEqualTo(hash);
    }

    @Test
    void theHasherStartsAfreshAfterEachRow() {
        RowHash first = hasher.text("a").hash();

        assertThat(hasher.text("a").hash()).isEqualTo(first);
    }
}
