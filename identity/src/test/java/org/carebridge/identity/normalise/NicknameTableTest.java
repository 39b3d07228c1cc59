package org.carebridge.identity.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NicknameTableTest {

    private final NicknameTable table = NicknameTable.standard();

    @Test
    void shortFormsAreAliasesOfTheFormalName() {
        assertThat(table.areAliases("BILL", "WILLIAM")).isTrue();
        assertThat(table.areAliases("PEGGY", "MARGARET")).isTrue();
    }

    @Test
    void shortFormsOfOneNameAreAliasesOfEachOther() {
        assertThat(table.areAliases("BILL", "LIAM")).isTrue();
    }

    @Test
    void unrelatedNamesAndTheSameNameAreNotAliases() {
        assertThat(table.areAliases("BILL", "MARGARET")).isFalse();
        assertThat(table.areAliases("BILL", "BILL")).isFalse();
    }

    @Test
    void theCanonicalFormPutsNicknamesTogetherForBlocking() {
        assertThat(table.canonical("BILL")).isEqualTo(table.canonical("WILLIAM")).isEqualTo("WILLIAM");
        assertThat(table.canonical("ZEBEDEE")).isEqualTo("ZEBEDEE");
    }

    @Test
    void aTableIsReadWithNormalisedNames() {
        NicknameTable custom = NicknameTable.read(new StringReader("formal_name,variants\nZoë,Zo,Zozo\n"));
        assertThat(custom.areAliases("ZOE", "ZOZO")).isTrue();
        assertThat(custom.groups()).isEqualTo(1);
    }
}
