package org.carebridge.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.mappings.MappedField;
import org.carebridge.mappings.MappingOutcome;
import org.carebridge.mappings.MappingSet;
import org.carebridge.mappings.MappingTableSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How well the mapping tables cover what is staged: for every table, the rows whose coded value it translates,
 * and every distinct value no row covers, with how often it occurs and an example source key — the analysts'
 * "add to mapping" worklist.
 */
@Component
public class MappingCoverage {

    /** A value no mapping row covers. */
    public record Gap(MappedField field, String value, long rows, String exampleKey) {
    }

    /** One mapping table's coverage of the staged values. */
    public record TableCoverage(MappingTableSpec spec, long rows, long coveredRows, List<Gap> gaps) {
        public double coverage() {
            return rows == 0 ? 1.0 : (double) coveredRows / rows;
        }
    }

    private final JdbcTemplate jdbc;

    public MappingCoverage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TableCoverage> measure(MappingSet mappings) {
        List<TableCoverage> result = new ArrayList<>();
        for (MappingTableSpec spec : MappingTableSpec.values()) {
            long rows = 0;
            long covered = 0;
            List<Gap> gaps = new ArrayList<>();
            for (MappedField field : spec.fields()) {
                for (Map.Entry<String, Occurrence> value : distinctValues(field).entrySet()) {
                    rows += value.getValue().rows();
                    MappingOutcome outcome = mappings.map(spec, value.getKey());
                    if (outcome.kind() == MappingOutcome.Kind.NOT_COVERED) {
                        gaps.add(new Gap(field, value.getKey(), value.getValue().rows(), value.getValue().exampleKey()));
                    } else {
                        covered += value.getValue().rows();
                    }
                }
            }
            gaps.sort(Comparator.comparingLong(Gap::rows).reversed().thenComparing(Gap::value));
            result.add(new TableCoverage(spec, rows, covered, List.copyOf(gaps)));
        }
        return result;
    }

    private record Occurrence(long rows, String exampleKey) {
    }

    /** Distinct staged values of a field (derived ones, like postcode districts, derived here), with counts. */
    private Map<String, Occurrence> distinctValues(MappedField field) {
        String column = field.table().column(field.column()).dbName();
        Map<String, Occurrence> values = new LinkedHashMap<>();
        jdbc.query("SELECT " + column + ", COUNT(*), MIN(source_key) FROM " + field.table().stagingTable()
                + " WHERE " + column + " IS NOT NULL GROUP BY " + column, rs -> {
            String raw = field.rawValue(rs.getString(1));
            if (raw != null) {
                values.merge(raw, new Occurrence(rs.getLong(2), rs.getString(3)),
                        (a, b) -> new Occurrence(a.rows() + b.rows(),
                                a.exampleKey().compareTo(b.exampleKey()) <= 0 ? a.exampleKey() : b.exampleKey()));
            }
        });
        return values;
    }
}
