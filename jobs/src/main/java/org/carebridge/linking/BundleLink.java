package org.carebridge.linking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.ResolutionSettings;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.output.LinkCsvWriter;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.legacy.manifest.ManifestVerifier;

/**
 * What {@code link} does once it knows where the sources are: verify the Oxleas bundle against its manifest,
 * read both person tables (rows the agreement's parser rejects are skipped and counted), resolve them with
 * the reviewers' decisions, and write the council–Oxleas pairs to FILE and the council duplicates beside it
 * ({@code NAME-duplicates.csv}). Nothing is persisted and no earlier persons are used: {@code link} is
 * identity resolution alone.
 */
public final class BundleLink {

    private final ResolutionSettings settings;

    public BundleLink(ResolutionSettings settings) {
        this.settings = settings;
    }

    /** The council side read from a CSV bundle folder. */
    public static Supplier<PersonReadResult> councilBundle(Path dir) {
        return () -> new CouncilClientReader().read(new CsvBundle(SourceSystem.COUNCIL, dir)
                .file(SourceTable.COUNCIL_CLIENTS));
    }

    /**
     * @param council read only after the Oxleas manifest has verified, so a tampered bundle costs nothing
     */
    public LinkReport link(Supplier<PersonReadResult> council, Path oxleasDir, PriorDecisions decisions, Path out) {
        long start = System.nanoTime();
        ManifestVerifier.Result manifest = new ManifestVerifier().verify(oxleasDir);
        if (!manifest.verified()) {
            throw new BundleFormatException("Oxleas bundle refused, nothing linked: "
                    + String.join("; ", manifest.discrepancies()));
        }
        PersonReadResult councilSide = council.get();
        PersonReadResult oxleasSide = new OxleasPatientReader().read(new CsvBundle(SourceSystem.OXLEAS, oxleasDir)
                .file(SourceTable.OXLEAS_PATIENTS));
        List<PersonRecord> records = new ArrayList<>(councilSide.records().size() + oxleasSide.records().size());
        records.addAll(councilSide.records());
        records.addAll(oxleasSide.records());
        // link writes no person ids; the generator only has to exist.
        IdentityResolver resolver = new IdentityResolver(settings, NicknameTable.standard(),
                new SequentialPersonIdGenerator(IdentityService.PERSON_ID_PREFIX, IdentityService.PERSON_ID_DIGITS, 1));
        Resolution resolution = resolver.resolve(records, decisions, Map.of());
        LinkCsvWriter writer = new LinkCsvWriter();
        Path duplicates = LinkCsvWriter.duplicatesBeside(out, SourceSystem.COUNCIL);
        long linkRows = writer.writeLinks(out, resolution);
        long duplicateRows = writer.writeDuplicates(duplicates, resolution, SourceSystem.COUNCIL);
        return new LinkReport(councilSide, oxleasSide, resolution, out, linkRows, duplicates, duplicateRows,
                (System.nanoTime() - start) / 1e9);
    }
}
