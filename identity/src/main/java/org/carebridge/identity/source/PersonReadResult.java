package org.carebridge.identity.source;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carebridge.identity.person.PersonRecord;

/**
 * The person records read from one file, and how many rows were passed over and why. Rows are skipped,
 * not repaired: staging quarantines them with their line and rule, so identity resolution never sees them.
 *
 * @param records        the records read, in file order
 * @param rowsRead       data rows met in the file, skipped ones included
 * @param skippedByRule  skipped rows per rule id (a {@code FormatRule} id, or {@code DUPLICATE_KEY})
 */
public record PersonReadResult(String origin, List<PersonRecord> records, long rowsRead,
                               SortedMap<String, Long> skippedByRule) {

    /** Rule id for a row whose key repeats an earlier row's; the first row wins. */
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";

    public PersonReadResult {
        records = List.copyOf(records);
        skippedByRule = new TreeMap<>(skippedByRule);
    }

    public long skipped() {
        return skippedByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    static PersonReadResult of(String origin, List<PersonRecord> records, long rowsRead, Map<String, Long> skipped) {
        return new PersonReadResult(origin, records, rowsRead, new TreeMap<>(skipped));
    }
}
