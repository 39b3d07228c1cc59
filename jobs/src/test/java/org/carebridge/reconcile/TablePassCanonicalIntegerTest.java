package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A raw client id is matched to the cohort as the parser writes it: leading zeros go, a lone zero stays. */
class TablePassCanonicalIntegerTest {

    @Test
    void leadingZerosGoAndALoneZeroStays() {
        assertThat(TablePass.canonicalInteger(" 0042 ")).isEqualTo("42");
        assertThat(TablePass.canonicalInteger("000")).isEqualTo("0");
        assertThat(TablePass.canonicalInteger("7")).isEqualTo("7");
        assertThat(TablePass.canonicalInteger("0x7")).isEqualTo("0x7");
        assertThat(TablePass.canonicalInteger(null)).isNull();
    }

    @Test
    void anyTextGivesWhatTheLeadingZeroPatternGives() {
        SplittableRandom random = new SplittableRandom(20261123);
        String alphabet = "000012389٣ a";
        List<String> samples = new ArrayList<>(List.of("", " ", "0٣", "00٣", "٣0"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (String raw : samples) {
            String s = raw.strip();
            String expected = s.isEmpty() || !s.chars().allMatch(Character::isDigit) ? s : s.replaceFirst("^0+(?=\\d)", "");
            assertThat(TablePass.canonicalInteger(raw)).as("[%s]", raw).isEqualTo(expected);
        }
    }
}
