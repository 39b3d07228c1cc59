package org.carebridge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.NhsNumber;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefectFreeDatasetTest {

    @TempDir
    Path dir;

    @Test
    void aDefectRateOfZeroGivesNoDefectsAndOnlyParseableRows() {
        Dataset dataset = Dataset.generate(dir, GeneratorSettings.builder().people(600).seed(5).defectRate(0)
                .build());

        assertThat(dataset.summary().defects()).isZero();
        assertThat(dataset.defects()).isEmpty();
        RowParser parser = new RowParser();
        for (SourceTable table : SourceTable.values()) {
            for (var row : dataset.rows(table)) {
                ParsedRow parsed = parser.parse(row);
                assertThat(parsed.ok()).as(table.fileName() + " line " + row.line()).isTrue();
            }
        }
    }

    @Test
    void withoutDefectsEveryKeyedNhsNumberIsValid() {
        Dataset dataset = Dataset.generate(dir, GeneratorSettings.builder().people(600).seed(6).defectRate(0)
                .build());

        for (var row : dataset.rows(SourceTable.COUNCIL_CLIENTS)) {
            String keyed = row.value("NHS_NUMBER");
            assertThat(NhsNumber.check(keyed)).isIn(NhsNumber.Verdict.VALID, NhsNumber.Verdict.BLANK);
        }
        for (var row : dataset.rows(SourceTable.OXLEAS_PATIENTS)) {
            assertThat(NhsNumber.check(row.value("NHSNumber"))).isIn(NhsNumber.Verdict.VALID,
                    NhsNumber.Verdict.BLANK);
        }
    }
}
