package org.carebridge.identity.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.legacy.format.RowParser;

/** Reads one person table with the agreement's reader and parser, skipping and counting rows that fail. */
final class PersonFileReader {

    private final SourceTable table;
    private final Function<ParsedRow, PersonRecord> mapper;
    private final RowParser parser = new RowParser();

    PersonFileReader(SourceTable table, Function<ParsedRow, PersonRecord> mapper) {
        this.table = table;
        this.mapper = mapper;
    }

    PersonReadResult read(Path file) {
        List<PersonRecord> records = new ArrayList<>();
        Map<String, Long> skipped = new TreeMap<>();
        Set<String> keys = new HashSet<>();
        long rows = 0;
        try (CsvTableReader reader = CsvTableReader.open(table, file)) {
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                ParsedRow parsed = parser.parse(row);
                if (!parsed.ok()) {
                    // One count per row, under the first rule it breaks.
                    skipped.merge(parsed.defects().get(0).rule().id(), 1L, Long::sum);
                    continue;
                }
                PersonRecord record = mapper.apply(parsed);
                if (!keys.add(record.ref().id())) {
                    skipped.merge(PersonReadResult.DUPLICATE_KEY, 1L, Long::sum);
                    continue;
                }
                records.add(record);
            }
            return PersonReadResult.of(reader.origin(), records, rows, skipped);
        }
    }

    static String text(ParsedRow row, String column) {
        Object value = row.value(column);
        return value == null ? null : value.toString();
    }
}
