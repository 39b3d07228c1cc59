package org.carebridge.identity.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carebridge.identity.Decision;
import org.carebridge.identity.PairDecision;
import org.carebridge.identity.Resolution;
import org.carebridge.identity.Tier;
import org.carebridge.identity.blocking.BlockingReport;
import org.carebridge.identity.model.TrainingReport;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.stable.IdAssignment;
import org.carebridge.legacy.SourceSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCsvWriterTest {

    @TempDir
    Path dir;

    private static Resolution resolutionWith(PairDecision... pairs) {
        return new Resolution(Map.of(SourceSystem.COUNCIL, 3, SourceSystem.OXLEAS, 1), 0,
                new BlockingReport(List.of(), 5), List.of(pairs),
                new IdAssignment(new java.util.TreeMap<>(), List.of(), List.of(), List.of()), List.of(),
                new TrainingReport(0, List.of(), 0.001, 0), "", Map.of("score", Duration.ofMillis(5)));
    }

    @Test
    void crossSourcePairsGoToTheLinkFileInTheAgreedColumns() throws IOException {
        Resolution r = resolutionWith(
                new PairDecision(SourceRef.oxleas("RIO1"), SourceRef.council("12"), Decision.MATCH, 0.9999871,
                        16.25, Tier.PROBABILISTIC, "forename=exact;surname=jw>0.92"),
                new PairDecision(SourceRef.council("12"), SourceRef.council("13"), Decision.REVIEW, 0.7, 1.2,
                        Tier.PROBABILISTIC, "forename=exact"));
        Path links = dir.resolve("links.csv");

        long rows = new LinkCsvWriter().writeLinks(links, r);

        assertThat(rows).isEqualTo(1);
        assertThat(Files.readAllLines(links)).containsExactly(
                "council_client_id,oxleas_patient_id,decision,match_probability,match_weight,tier,evidence",
                "12,RIO1,MATCH,0.999987,16.250,3,forename=exact;surname=jw>0.92");
    }

    @Test
    void withinSourcePairsGoToTheDuplicatesFileBeside() throws IOException {
        Resolution r = resolutionWith(new PairDecision(SourceRef.council("13"), SourceRef.council("12"),
                Decision.REVIEW, 0.7, 1.2, Tier.PROBABILISTIC, "forename=exact"));
        Path duplicates = LinkCsvWriter.duplicatesBeside(dir.resolve("links.csv"), SourceSystem.COUNCIL);

        new LinkCsvWriter().writeDuplicates(duplicates, r, SourceSystem.COUNCIL);

        assertThat(duplicates.getFileName().toString()).isEqualTo("links-duplicates.csv");
        assertThat(Files.readAllLines(duplicates)).containsExactly(
                "council_client_id,other_council_client_id,decision,match_probability,match_weight,tier,evidence",
                "12,13,REVIEW,0.700000,1.200,3,forename=exact");
    }

    @Test
    void aRecordIdASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        Resolution r = resolutionWith(new PairDecision(SourceRef.oxleas("=HYPERLINK(\"http://evil.example\")"),
                SourceRef.council("-12"), Decision.REVIEW, 0.7, 1.2, Tier.PROBABILISTIC, "forename=exact"));
        Path links = dir.resolve("links.csv");

        new LinkCsvWriter().writeLinks(links, r);

        assertThat(Files.readAllLines(links)).element(1).asString()
                .startsWith("'-12,\"'=HYPERLINK(\"\"http://evil.example\"\")\",REVIEW,");
    }
}
