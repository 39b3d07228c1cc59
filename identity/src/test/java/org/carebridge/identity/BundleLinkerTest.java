package org.carebridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.carebridge.identity.review.PriorDecisions;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLinkerTest {

    @TempDir
    Path dir;

    @Test
    void linkingTwoBundlesWritesTheLinkFileAndTheDuplicatesFileBeside() throws IOException {
        Path council = Files.createDirectories(dir.resolve("council"));
        Path oxleas = Files.createDirectories(dir.resolve("oxleas"));
        Files.writeString(council.resolve("CLIENTS.csv"), "CLIENT_ID,NHS_NUMBER,NHS_NUMBER_STATUS,TITLE,FORENAME,"
                + "MIDDLE_NAMES,SURNAME,PREFERRED_NAME,DATE_OF_BIRTH,DATE_OF_DEATH,GENDER,ETHNICITY,ADDRESS_LINE_1,"
                + "ADDRESS_LINE_2,ADDRESS_LINE_3,POSTCODE,PRIMARY_SUPPORT_REASON,RECORD_STATUS,MERGED_INTO_CLIENT_ID,"
                + "LAST_UPDATED\n"
                + "1,9990000018,01,,Zebedee,,Quarmby,,1948-03-14,,M,,,,,DA5 1AB,,A,,\n"
                + "2,,,,Ann,,Bee,,not-a-date,,F,,,,,,,A,,\n");
        Files.writeString(oxleas.resolve("MHS001MPI.csv"), "LocalPatientId,NHSNumber,NHSNumberStatus,"
                + "PersonGivenName,PersonFamilyName,PersonBirthDate,Gender,EthnicCategory,Postcode,"
                + "LanguageCodePreferred,PersDeathDate\n"
                + "RIO0000001,9990000018,01,Zebedee,Quarmby,1948-03-14,1,A,DA5 1AB,en,\n");
        Path out = dir.resolve("out/links.csv");

        BundleLinker.LinkRun run = new BundleLinker(IdentityResolver.withDefaults(
                new SequentialPersonIdGenerator("BCP", 7, 1))).link(council, oxleas, out, PriorDecisions.none(), Map.of());

        assertThat(Files.readAllLines(out)).hasSize(2).element(1).asString()
                .startsWith("1,RIO0000001,MATCH,").contains(",1,");
        assertThat(Files.readAllLines(run.duplicatesFile())).hasSize(1);
        assertThat(run.summary()).contains("council rows read: 2 (skipped 1)", "oxleas rows read: 1 (skipped 0)");
    }
}
