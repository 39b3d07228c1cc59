package org.carebridge.testdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.format.NhsNumber;
import org.carebridge.legacy.manifest.Manifest;
import org.carebridge.legacy.manifest.ManifestEntry;

/**
 * Writes small, fully predictable legacy sources for tests: {@code n} council clients and {@code n}
 * Oxleas patients with a few child rows each, plus a workforce plan, and optionally broken rows.
 * Values are made up (NHS numbers only from the 999 test range).
 */
public final class LegacyBundleBuilder {

    private int people = 10;
    private int notesPerClient = 3;
    private int malformedRows;
    private int impossibleDates;
    private int duplicateKeys;
    private int orphans;
    private boolean sqlMetacharacters;

    /**
     * What {@link #sqlMetacharacters()} puts in every text field, cut to the column's width: quotes, statement
     * ends, comments and backslashes first, so that even a one-character column gets one.
     */
    public static final String SQL_METACHARACTERS = "';--/*\\'\"%_*/DROP/**/TABLE/**/stg_quarantine;--";

    public static LegacyBundleBuilder sources() {
        return new LegacyBundleBuilder();
    }

    public LegacyBundleBuilder people(int people) {
        this.people = people;
        return this;
    }

    public LegacyBundleBuilder notesPerClient(int notes) {
        this.notesPerClient = notes;
        return this;
    }

    /** Adds rows that cannot be split into the agreed fields (wrong field count, unterminated quote). */
    public LegacyBundleBuilder malformedRows(int count) {
        this.malformedRows = count;
        return this;
    }

    /** Gives this many council clients a date of birth that does not exist (a 30th of February). */
    public LegacyBundleBuilder impossibleDates(int count) {
        this.impossibleDates = count;
        return this;
    }

    /** Repeats the key of this many services on a second row (the second must be quarantined). */
    public LegacyBundleBuilder duplicateKeys(int count) {
        this.duplicateKeys = count;
        return this;
    }

    /** Adds this many case notes about a client id no CLIENTS row has. */
    public LegacyBundleBuilder orphans(int count) {
        this.orphans = count;
        return this;
    }

    /**
     * Adds to every table one more row whose every text field holds {@link #SQL_METACHARACTERS} (cut to the
     * column's width) and whose other fields are valid; its line is in {@link Written#sqlMetacharacterLines()}.
     */
    public LegacyBundleBuilder sqlMetacharacters() {
        this.sqlMetacharacters = true;
        return this;
    }

    /**
     * What was written, for assertions: data rows per table, how many must be quarantined, and the line of each
     * table's row of SQL metacharacters.
     */
    public record Written(Path root, Map<SourceTable, Long> rows, long brokenRows,
                          Map<SourceTable, Long> sqlMetacharacterLines) {
        public Path council() {
            return root.resolve("council");
        }

        public Path oxleas() {
            return root.resolve("oxleas");
        }

        public Path workforce() {
            return root.resolve("workforce.csv");
        }

        public long rows(SourceTable table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    public Written writeTo(Path root) {
        Map<SourceTable, CsvTableWriter> writers = new EnumMap<>(SourceTable.class);
        for (SourceTable table : SourceTable.values()) {
            Path file = switch (table.system()) {
                case COUNCIL -> root.resolve("council").resolve(table.fileName());
                case OXLEAS -> root.resolve("oxleas").resolve(table.fileName());
                case WORKFORCE -> root.resolve("workforce.csv");
            };
            writers.put(table, CsvTableWriter.create(file, table.columns().stream().map(Column::name).toList()));
        }
        long broken = 0;
        w(writers, SourceTable.COUNCIL_TEAMS, "OPN", "Older People North", "OP", "NORTH", "Y");
        w(writers, SourceTable.COUNCIL_TEAMS, "MHN", "Mental Health North", "MH", "NORTH", "Y");
        w(writers, SourceTable.COUNCIL_WORKERS, "10", "Ann", "Able", "SW", "OPN", "1.00", "Y");
        w(writers, SourceTable.COUNCIL_WORKERS, "11", "Bob", "Baker", "SSW", "MHN", "0.80", "Y");
        w(writers, SourceTable.OXLEAS_TEAMS, "OXCMHTN", "A06", "CMHT North", "NORTH");
        w(writers, SourceTable.OXLEAS_STAFF, "CP001", "B02", "R0010", "01", "A123456", "Cara", "Cole", "OXCMHTN",
                "1.00", "N");
        w(writers, SourceTable.WORKFORCE_PLAN, "BC00001", "COUNCIL", "10", "BC-ADN", "SOCIAL_WORKER",
                "OP;SAFEGUARDING_LEAD", "100", "en", "2", "2026-01-05", null);
        w(writers, SourceTable.WORKFORCE_PLAN, "BC00002", "OXLEAS", "CP001", "BC-MHN", "NURSE",
                "CARE_COORDINATOR;MH", "100", "en;pa", "2", "2026-01-05", null);
        for (int i = 1; i <= people; i++) {
            String clientId = Integer.toString(1000 + i);
            String dob = String.format("19%02d-%02d-%02d", 30 + i % 60, 1 + i % 12, 1 + i % 28);
            String councilDob = i <= impossibleDates ? "1950-02-30" : dob;
            String nhs = nhsNumber(i);
            w(writers, SourceTable.COUNCIL_CLIENTS, clientId, nhs, "01", "Mx", "Forename" + i, null, "Surname" + i,
                    null, councilDob, null, i % 2 == 0 ? "F" : "M", "WBRI", i + " Test Street", null, "Bexleyheath",
                    "DA7 4QT", "Physical Support: Personal care support", "A", null, "2026-01-01T09:00:00");
            w(writers, SourceTable.COUNCIL_ALLOCATIONS, Integer.toString(5000 + i), clientId, "10", "OPN",
                    "KEY_WORKER", "2021-03-01", null);
            w(writers, SourceTable.COUNCIL_SERVICES, Integer.toString(6000 + i), clientId,
                    "Long Term Support: Community", "Home Care", "Direct Payment only", null, "Acme Care",
                    "2024-01-01", null, "150.50", "Weekly", null);
            w(writers, SourceTable.COUNCIL_EVENTS, Integer.toString(7000 + i), clientId, "Review", "2025-01-01",
                    "2025-01-02", "Continue", "10", "2026-01-02");
            for (int n = 1; n <= notesPerClient; n++) {
                w(writers, SourceTable.COUNCIL_CASE_NOTES, Integer.toString(100_000 + i * 100 + n), clientId, "10",
                        "2025-06-01T10:0" + (n % 10) + ":00", "VISIT", "Visit " + n + ", said \"ok\"\nNext line.");
            }
            String patient = String.format("RIO%07d", i);
            w(writers, SourceTable.OXLEAS_PATIENTS, patient, nhs, "01", "Forename" + i, "Surname" + i, dob, "1",
                    "A", "DA7 4QT", "en", null);
            w(writers, SourceTable.OXLEAS_REFERRALS, "SR" + i, patient, "2022-01-01", "A1", "02", null);
            w(writers, SourceTable.OXLEAS_REFERRAL_TEAMS, "SR" + i, "OXCMHTN", "A06", null, null);
            w(writers, SourceTable.OXLEAS_CARE_COORDINATORS, patient, "CP001", "A06", "2022-02-01", null);
            w(writers, SourceTable.OXLEAS_CPA_EPISODES, "CPA" + i, patient, "2022-02-01", null);
            w(writers, SourceTable.OXLEAS_CONTACTS, "CC" + i + "a", "SR" + i, "OXCMHTN", "CP001", "2025-05-01", "5",
                    "01");
            w(writers, SourceTable.OXLEAS_CONTACTS, "CC" + i + "b", "SR" + i, "OXCMHTN", "CP001", "2025-06-01", "3",
                    "01");
            w(writers, SourceTable.OXLEAS_RISK_FLAGS, patient, "S117", "2022-03-01", null);
        }
        // Even-numbered broken rows have a field missing; odd ones open a quote they never close, each in a
        // different file (two in one file would close each other's quote and make one record).
        List<SourceTable> quoteVictims = List.of(SourceTable.COUNCIL_CLIENTS, SourceTable.COUNCIL_SERVICES,
                SourceTable.COUNCIL_EVENTS, SourceTable.COUNCIL_ALLOCATIONS);
        for (int i = 0; i < malformedRows; i++) {
            if (i % 2 == 0) {
                writers.get(SourceTable.COUNCIL_CASE_NOTES).writeRaw("999" + i + ",1001,10,2025-01-01T00:00:00,VISIT");
            } else {
                writers.get(quoteVictims.get((i / 2) % quoteVictims.size())).writeRaw("88" + i + ",\"unterminated,,,");
            }
            broken++;
        }
        for (int i = 1; i <= duplicateKeys; i++) {
            w(writers, SourceTable.COUNCIL_SERVICES, Integer.toString(6000 + i), Integer.toString(1000 + i),
                    "Long Term Support: Community", "Home Care", null, null, "Other Care", "2024-02-01", null, "10.00",
                    "Weekly", null);
            broken++;
        }
        for (int i = 1; i <= orphans; i++) {
            w(writers, SourceTable.COUNCIL_CASE_NOTES, Integer.toString(900_000 + i), "999999", "10",
                    "2025-06-01T10:00:00", "VISIT", "About nobody we know");
        }
        Map<SourceTable, Long> sqlLines = new EnumMap<>(SourceTable.class);
        if (sqlMetacharacters) {
            for (SourceTable table : SourceTable.values()) {
                sqlLines.put(table, writers.get(table).write(sqlMetacharacterRow(table)));
            }
        }
        Map<SourceTable, Long> rows = new EnumMap<>(SourceTable.class);
        List<ManifestEntry> manifest = new ArrayList<>();
        writers.forEach((table, writer) -> {
            writer.close();
            rows.put(table, writer.rowsWritten());
            if (table.system() == SourceSystem.OXLEAS) {
                manifest.add(new ManifestEntry(table.fileName(), writer.rowsWritten(), writer.sha256Hex()));
            }
        });
        Manifest.of(manifest).write(root.resolve("oxleas"));
        return new Written(root, rows, broken + impossibleDates, sqlLines);
    }

    /** The text a column of {@link #sqlMetacharacters()}'s row holds, as written. */
    public static String sqlMetacharactersFor(Column column) {
        return SQL_METACHARACTERS.substring(0, Math.min(column.width(), SQL_METACHARACTERS.length()));
    }

    private static String[] sqlMetacharacterRow(SourceTable table) {
        String[] row = new String[table.columns().size()];
        for (int i = 0; i < row.length; i++) {
            Column column = table.columns().get(i);
            row[i] = switch (column.type()) {
                case TEXT, LONG_TEXT -> sqlMetacharactersFor(column);
                case INTEGER -> "7".repeat(Math.min(column.width(), 7));
                case DECIMAL -> "0.50";
                case DATE -> "2020-01-01";
                case TIMESTAMP -> "2020-01-01T00:00:00";
            };
        }
        return row;
    }

    private static void w(Map<SourceTable, CsvTableWriter> writers, SourceTable table, String... fields) {
        writers.get(table).write(fields);
    }

    /** The i-th valid NHS number of the 999 test range. */
    static String nhsNumber(int i) {
        for (long stem = 999_000_000L + i * 7L; ; stem++) {
            var check = NhsNumber.checkDigit(Long.toString(stem));
            if (check.isPresent()) {
                return stem + Integer.toString(check.get());
            }
        }
    }
}
