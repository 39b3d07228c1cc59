package org.carebridge.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTableTest {

    private static final CodeLists LISTS = CodeLists.standard(List.of("BC-ADN"));

    @TempDir
    Path dir;

    private MappingTable gender(String body) throws Exception {
        Path file = dir.resolve("council-gender.csv");
        Files.writeString(file, "raw_value,cleaned_value,lossy,note\n" + body);
        return MappingTable.load(MappingTableSpec.COUNCIL_GENDER, file, LISTS.get(CodeLists.PERSON_STATED_GENDER));
    }

    @Test
    void rawValuesMatchTrimmedAndCaseInsensitively() throws Exception {
        MappingTable table = gender("M,1,N,Male\n");

        assertThat(table.lookup(" m ").cleaned()).isEqualTo("1");
        assertThat(table.lookup("F").kind()).isEqualTo(MappingOutcome.Kind.NOT_COVERED);
        assertThat(table.lookup(null).kind()).isEqualTo(MappingOutcome.Kind.EMPTY);
    }

    @Test
    void anExplicitUnmappedRowIsADecisionNotAGap() throws Exception {
        MappingTable table = gender("U,UNMAPPED,,not recorded\n");

        assertThat(table.lookup("u").kind()).isEqualTo(MappingOutcome.Kind.DECLARED_UNMAPPED);
        assertThat(table.lookup("u").cleaned()).isNull();
    }

    @Test
    void aRawValueMappedTwiceFailsWithFileAndBothLines() {
        assertThatThrownBy(() -> gender("M,1,N,Male\nm ,2,N,again\n"))
                .isInstanceOf(MappingLoadException.class)
                .hasMessage("council-gender.csv: line 3: raw value 'm' is already mapped on line 2");
    }

    @Test
    void aTargetOutsideTheCodeListFailsWithFileLineAndColumn() {
        assertThatThrownBy(() -> gender("M,1,N,Male\nF,female,N,\n"))
                .isInstanceOf(MappingLoadException.class)
                .hasMessageContaining("council-gender.csv: line 3, column cleaned_value: 'female' is not in the code list"
                        + " person-stated-gender");
    }

    @Test
    void aWrongHeaderFails() {
        assertThatThrownBy(() -> {
            Path file = dir.resolve("x.csv");
            Files.writeString(file, "raw,clean\nM,1\n");
            MappingTable.load(MappingTableSpec.COUNCIL_GENDER, file, LISTS.get(CodeLists.PERSON_STATED_GENDER));
        }).isInstanceOf(MappingLoadException.class).hasMessageContaining("line 1: expected the header");
    }
}
