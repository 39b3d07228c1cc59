package org.carebridge.reconciliation.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowKeyTest {

    @Test
    void numericPartsOrderByValueNotByText() {
        assertThat(RowKey.of(2L)).isLessThan(RowKey.of(10L));
    }

    @Test
    void textPartsOrderByCodePointLikeABinaryCollation() {
        List<RowKey> keys = new ArrayList<>(List.of(RowKey.of("b"), RowKey.of("B"), RowKey.of("a"), RowKey.of("\uD83D\uDE00"),
                RowKey.of("\uFF21")));
        keys.sort(null);

        // upper case before lower case, and U+FF21 before U+1F600 (UTF-16 order would put the emoji first)
        assertThat(keys).containsExactly(RowKey.of("B"), RowKey.of("a"), RowKey.of("b"), RowKey.of("\uFF21"),
                RowKey.of("\uD83D\uDE00"));
    }

    @Test
    void compositeKeysOrderPartByPart() {
        assertThat(RowKey.of("RIO1", "CP2", "2021-01-01")).isLessThan(RowKey.of("RIO1", "CP2", "2021-01-02"));
        assertThat(RowKey.of("RIO1", "CP9")).isLessThan(RowKey.of("RIO2", "CP1"));
        assertThat(RowKey.of("RIO1")).isLessThan(RowKey.of("RIO1", "CP1"));
    }

    @Test
    void aKeyIsPrintedWithItsPartsJoinedByABar() {
        assertThat(RowKey.of("RIO0001", "CP42", 3L)).hasToString("RIO0001|CP42|3");
    }

    @Test
    void onlyWholeNumbersAndTextsCanBeKeyParts() {
        assertThatThrownBy(() -> RowKey.of(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowKey.of()).isInstanceOf(IllegalArgumentException.class);
    }
}
