package org.carebridge.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebridge.identity.output.LinkCsvWriter;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvBundle;

/**
 * What {@code carebridge link --council DIR --oxleas DIR --out FILE} does, minus argument parsing: read the
 * two person tables, resolve, write the link file and the council duplicates file beside it. The caller
 * verifies the Oxleas manifest first (a tampered bundle is refused before anything is read).
 */
public final class BundleLinker {

    private final IdentityResolver resolver;
    private final LinkCsvWriter writer = new LinkCsvWriter();

    public BundleLinker(IdentityResolver resolver) {
        this.resolver = resolver;
    }

    /** The run's inputs, outcome and the files written. */
    public record LinkRun(PersonReadResult council, PersonReadResult oxleas, Resolution resolution, Path linkFile,
                          Path duplicatesFile) {

        /** The lines the command prints: rows read and skipped, then the resolution's summary. */
        public List<String> summary() {
            List<String> lines = new ArrayList<>();
            lines.add("council rows read: " + council.rowsRead() + " (skipped " + council.skipped() + ")");
            lines.add("oxleas rows read: " + oxleas.rowsRead() + " (skipped " + oxleas.skipped() + ")");
            lines.addAll(resolution.summary());
            return lines;
        }
    }

    public LinkRun link(Path councilDir, Path oxleasDir, Path out, PriorDecisions decisions,
                        Map<SourceRef, String> existing) {
        PersonReadResult council = new CouncilClientReader()
                .read(new CsvBundle(SourceSystem.COUNCIL, councilDir).file(SourceTable.COUNCIL_CLIENTS));
        PersonReadResult oxleas = new OxleasPatientReader()
                .read(new CsvBundle(SourceSystem.OXLEAS, oxleasDir).file(SourceTable.OXLEAS_PATIENTS));
        List<PersonRecord> records = new ArrayList<>(council.records());
        records.addAll(oxleas.records());
        Resolution resolution = resolver.resolve(records, decisions, existing);
        Path duplicates = LinkCsvWriter.duplicatesBeside(out, SourceSystem.COUNCIL);
        writer.writeLinks(out, resolution);
        writer.writeDuplicates(duplicates, resolution, SourceSystem.COUNCIL);
        return new LinkRun(council, oxleas, resolution, out, duplicates);
    }
}
