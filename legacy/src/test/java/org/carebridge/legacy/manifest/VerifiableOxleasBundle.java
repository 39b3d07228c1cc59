package org.carebridge.legacy.manifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableWriter;

/** Test data: every Oxleas file with two rows (the second with a line break in its last field) and a true manifest. */
public final class VerifiableOxleasBundle {

    private VerifiableOxleasBundle() {
    }

    public static void writeTo(Path bundle) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (SourceTable table : SourceTable.of(SourceSystem.OXLEAS)) {
            CsvTableWriter writer = CsvTableWriter.create(bundle.resolve(table.fileName()),
                    table.columns().stream().map(Column::name).toList());
            String[] row = new String[table.columns().size()];
            row[0] = "A1";
            writer.write(row);
            row[0] = "A2";
            row[row.length - 1] = "x\ny";
            writer.write(row);
            writer.close();
            entries.add(new ManifestEntry(table.fileName(), writer.rowsWritten(), writer.sha256Hex()));
        }
        Manifest.of(entries).write(bundle);
    }
}
