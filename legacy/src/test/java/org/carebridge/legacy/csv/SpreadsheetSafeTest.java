package org.carebridge.legacy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "-", "=", "+cmd|' /C calc'!A0"})
    void aCellASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Smith", "1+1", "O'Brien", " =1+1", "'=already text", "a=b", "DA7 4QT", "2024-01-01"})
    void anyOtherCellIsLeftAlone(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyCellStaysEmpty(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
    }
}
