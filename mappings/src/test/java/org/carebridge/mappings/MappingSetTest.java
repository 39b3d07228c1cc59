package org.carebridge.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewed tables shipped in mappings/tables load cleanly, and their version follows their content. */
class MappingSetTest {

    private static final CodeLists LISTS = CodeLists.standard(List.of("BC-ADN", "BC-ADC", "BC-ADS", "BC-MHN",
            "BC-MHC", "BC-MHS", "BC-MHB", "BC-LD", "BC-REA"));

    @TempDir
    Path copy;

    @Test
    void theShippedTablesLoadAndTranslateTheCouncilsCodes() {
        MappingSet set = MappingSet.load(Path.of("tables"), LISTS);

        assertThat(set.map(MappingTableSpec.COUNCIL_ETHNICITY, "WBRI").cleaned()).isEqualTo("A");
        assertThat(set.map(MappingTableSpec.COUNCIL_ETHNICITY, "WIRT").entry().lossy()).isTrue();
        assertThat(set.map(MappingTableSpec.COST_FREQUENCY, "Four weekly").cleaned()).isEqualTo("4-weekly");
        assertThat(set.map(MappingTableSpec.POSTCODE_LOCALITY, "DA14").cleaned()).isEqualTo("SOUTH");
        assertThat(set.version()).hasSize(16);
    }

    @Test
    void theVersionChangesWhenATableChanges() throws Exception {
        for (MappingTableSpec spec : MappingTableSpec.values()) {
            Files.copy(Path.of("tables").resolve(spec.fileName()), copy.resolve(spec.fileName()));
        }
        String before = MappingSet.load(copy, LISTS).version();
        Files.writeString(copy.resolve("council-ethnicity.csv"), "XXXX,Z,N,added\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(MappingSet.load(copy, LISTS).version()).isNotEqualTo(before);
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> MappingSet.load(copy, LISTS))
                .isInstanceOf(MappingLoadException.class)
                .hasMessageContaining("council-ethnicity.csv: missing");
    }
}
