package org.carebridge.legacy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner skips through the inside of fields; it must judge every record exactly as following RFC 4180 one
 * character at a time does (the reference below, the scanner's rules written out plainly).
 */
class RecordScannerTest {

    /** The plain per-character reading: fields, whether the record goes on, the first defect. */
    private static final class OneCharacterAtATime {
        int state; // 0 field start, 1 unquoted, 2 quoted, 3 quote inside quoted
        int fields;
        int line;
        String malformed;

        void scan(String text) {
            for (char c : text.toCharArray()) {
                switch (state) {
                    case 0 -> state = c == '"' ? 2 : c == ',' ? 0 : 1;
                    case 1 -> {
                        if (c == ',') {
                            state = 0;
                        } else if (c == '"') {
                            breaks("a double quote inside a field that does not start with one");
                        }
                    }
                    case 2 -> state = c == '"' ? 3 : 2;
                    default -> {
                        if (c == '"') {
                            state = 2;
                        } else if (c == ',') {
                            state = 0;
                        } else {
                            breaks("characters after the closing quote of a quoted field");
                            state = 1;
                        }
                    }
                }
                if (c == ',' && state == 0) {
                    fields++;
                }
            }
        }

        boolean endOfLine() {
            if (state == 2 && malformed == null) {
                line++;
                return true;
            }
            return false;
        }

        private void breaks(String problem) {
            if (malformed == null) {
                malformed = fields + "/" + line + "/" + problem;
            }
        }
    }

    @Test
    void judgesRandomRecordsOverSeveralLinesExactlyAsAPerCharacterReading() {
        Random random = new Random(20261123);
        char[] alphabet = {'a', 'b', ',', '"', '"', ' ', '\r', 'é'};
        for (int record = 0; record < 50_000; record++) {
            RecordScanner scanner = new RecordScanner();
            OneCharacterAtATime reference = new OneCharacterAtATime();
            scanner.start();
            boolean goesOn = true;
            for (int line = 0; line < 1 + random.nextInt(3) && goesOn; line++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                scanner.scan(text.toString());
                reference.scan(text.toString());
                goesOn = scanner.endOfLine();
                assertThat(goesOn).as("record %d: %s", record, text).isEqualTo(reference.endOfLine());
            }
            assertThat(scanner.fields()).as("record %d", record).isEqualTo(reference.fields + 1);
            RecordScanner.Malformed malformed = scanner.malformed();
            assertThat(malformed == null ? null : malformed.field() + "/" + malformed.lineInRecord() + "/"
                    + malformed.problem()).as("record %d", record).isEqualTo(reference.malformed);
        }
    }

    @Test
    void aQuotedFieldHoldingSeparatorsAndEscapedQuotesIsOneField() {
        RecordScanner scanner = new RecordScanner();
        scanner.start();

        scanner.scan("1,\"a, \"\"b\"\", c\",3");

        assertThat(scanner.endOfLine()).isFalse();
        assertThat(scanner.fields()).isEqualTo(3);
        assertThat(scanner.malformed()).isNull();
    }
}
