package org.carebridge.quality;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.mappings.CodeLists;
import org.carebridge.mappings.MappingSet;

/** The real mapping tables of {@code mappings/tables/} and a fixed reference date, for rule tests. */
final class RulesFixture {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 31);
    static final MappingSet MAPPINGS = MappingSet.load(Path.of("tables"),
            CodeLists.standard(List.of("BC-ADN", "BC-ADC", "BC-ADS", "BC-MHN", "BC-MHC", "BC-MHS", "BC-MHB", "BC-LD",
                    "BC-REA")));
    static final RowValidator VALIDATOR = new RowValidator(new RowChecks(MAPPINGS, REFERENCE_DATE));

    private RulesFixture() {
    }

    static ValidatedRow validate(SourceRowBuilder row) {
        return VALIDATOR.validate(row.build());
    }

    static List<String> ruleIds(ValidatedRow row) {
        return row.findings().stream().map(Finding::ruleId).toList();
    }

    static SourceRow raw(SourceRowBuilder row) {
        return row.build();
    }
}
