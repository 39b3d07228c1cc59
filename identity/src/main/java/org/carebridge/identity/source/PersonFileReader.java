package org.carebridge.identity.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
        try (CsvTableReader reader = CsvTableReader.open(table, file)) {
            return read(reader.origin(), new Iterator<>() {
                private SourceRow next = reader.next();

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public SourceRow next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    SourceRow row = next;
                    next = reader.next();
                    return row;
                }
            });
        }
    }

    /** Reads rows of this table from any source (a CSV file, or the council's schema over JDBC). */
    PersonReadResult read(String origin, Iterator<SourceRow> rows) {
        List<PersonRecord> records = new ArrayList<>();
        Map<String, Long> skipped = new TreeMap<>();
        Set<String> keys = new HashSet<>();
        long count = 0;
        while (rows.hasNext()) {
            SourceRow row = rows.next();
            if (row.table() != table) {
                throw new IllegalArgumentException("a row of " + row.table() + " given to the reader of " + table);
            }
            count++;
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
        return PersonReadResult.of(origin, records, count, skipped);
    }

    static String text(ParsedRow row, String column) {
        Object value = row.value(column);
        return value == null ? null : value.toString();
    }
}
