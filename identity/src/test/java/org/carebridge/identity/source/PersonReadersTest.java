package org.carebridge.identity.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonReadersTest {

    private static final String CLIENTS_HEADER = "CLIENT_ID,NHS_NUMBER,NHS_NUMBER_STATUS,TITLE,FORENAME,MIDDLE_NAMES,"
            + "SURNAME,PREFERRED_NAME,DATE_OF_BIRTH,DATE_OF_DEATH,GENDER,ETHNICITY,ADDRESS_LINE_1,ADDRESS_LINE_2,"
            + "ADDRESS_LINE_3,POSTCODE,PRIMARY_SUPPORT_REASON,RECORD_STATUS,MERGED_INTO_CLIENT_ID,LAST_UPDATED\n";
    private static final String MPI_HEADER = "LocalPatientId,NHSNumber,NHSNumberStatus,PersonGivenName,"
            + "PersonFamilyName,PersonBirthDate,Gender,EthnicCategory,Postcode,LanguageCodePreferred,PersDeathDate\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aCouncilClientBecomesAPersonRecordWithItsGenderMapped() throws IOException {
        Path file = write("CLIENTS.csv", CLIENTS_HEADER
                + "42,999 000 0018,01,Mr,Zebedee,Albert,Quarmby,Zeb,1948-03-14,,M,WBRI,1 Road,,Bexley,da5 1ab,,A,,\n");
        PersonReadResult result = new CouncilClientReader().read(file);
        PersonRecord r = result.records().get(0);
        assertThat(r.ref()).isEqualTo(SourceRef.council("42"));
        assertThat(r.gender()).isEqualTo(Gender.MALE);
        assertThat(r.nhsNumber()).isEqualTo("999 000 0018");
        assertThat(r.nhsNumberStatus()).isEqualTo("01");
        assertThat(r.preferredName()).isEqualTo("Zeb");
        assertThat(r.middleNames()).isEqualTo("Albert");
        assertThat(r.dateOfBirth()).isEqualTo(LocalDate.of(1948, 3, 14));
        assertThat(r.status()).isEqualTo(RecordStatus.ACTIVE);
    }

    @Test
    void councilRowsFromAnotherSourceAreParsedAsTheSameRowsFromABundleWouldBe() {
        String[] good = new String[SourceTable.COUNCIL_CLIENTS.columns().size()];
        good[SourceTable.COUNCIL_CLIENTS.indexOf("CLIENT_ID")] = "42";
        good[SourceTable.COUNCIL_CLIENTS.indexOf("SURNAME")] = "Quarmby";
        good[SourceTable.COUNCIL_CLIENTS.indexOf("DATE_OF_BIRTH")] = "1948-03-14";
        good[SourceTable.COUNCIL_CLIENTS.indexOf("GENDER")] = "F";
        String[] bad = good.clone();
        bad[SourceTable.COUNCIL_CLIENTS.indexOf("CLIENT_ID")] = "43";
        bad[SourceTable.COUNCIL_CLIENTS.indexOf("DATE_OF_BIRTH")] = "1948-02-30";

        PersonReadResult result = new CouncilClientReader().read("jdbc:ASC.CLIENTS", List.of(
                SourceRow.of(SourceTable.COUNCIL_CLIENTS, "jdbc:ASC.CLIENTS", 0, good, null),
                SourceRow.of(SourceTable.COUNCIL_CLIENTS, "jdbc:ASC.CLIENTS", 0, bad, null)).iterator());

        assertThat(result.records()).extracting(PersonRecord::ref).containsExactly(SourceRef.council("42"));
        assertThat(result.records().get(0).gender()).isEqualTo(Gender.FEMALE);
        assertThat(result.skippedByRule()).containsEntry("NOT_A_DATE", 1L);
        assertThat(result.origin()).isEqualTo("jdbc:ASC.CLIENTS");
    }

    @Test
    void councilGenderCodesMapToPersonStatedGender() {
        assertThat(Gender.fromCouncil("F")).isEqualTo(Gender.FEMALE);
        assertThat(Gender.fromCouncil("I")).isEqualTo(Gender.INDETERMINATE);
        assertThat(Gender.fromCouncil("U")).isEqualTo(Gender.NOT_KNOWN);
        assertThat(Gender.fromCouncil(null).code()).isEqualTo("X");
    }

    @Test
    void aMergedClientNamesTheRecordItWasMergedInto() throws IOException {
        Path file = write("CLIENTS.csv", CLIENTS_HEADER + "7,,,,Ann,,Bee,,,,F,,,,,,,M,42,\n");
        PersonRecord r = new CouncilClientReader().read(file).records().get(0);
        assertThat(r.status()).isEqualTo(RecordStatus.MERGED);
        assertThat(r.mergedInto()).isEqualTo(SourceRef.council("42"));
    }

    @Test
    void unparseableAndDuplicateRowsAreSkippedAndCountedByRule() throws IOException {
        Path file = write("CLIENTS.csv", CLIENTS_HEADER
                + "1,,,,Ann,,Bee,,1950-13-01,,F,,,,,,,A,,\n"
                + "2,,,,Ann,,Bee,,1950-12-01,,F,,,,,,,A,,\n"
                + "2,,,,Ann,,Bee,,1950-12-01,,F,,,,,,,A,,\n"
                + "3,too,few\n");
        PersonReadResult result = new CouncilClientReader().read(file);
        assertThat(result.records()).extracting(r -> r.ref().id()).containsExactly("2");
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.skippedByRule()).containsEntry("NOT_A_DATE", 1L).containsEntry("DUPLICATE_KEY", 1L)
                .containsEntry("CSV_FIELD_COUNT", 1L);
        assertThat(result.skipped()).isEqualTo(3);
    }

    @Test
    void anOxleasPatientBecomesAPersonRecord() throws IOException {
        Path file = write("MHS001MPI.csv", MPI_HEADER + "RIO1234567,9990000018,01,Zebedee,Quarmby,1948-03-14,1,A,DA5 1AB,en,\n");
        PersonRecord r = new OxleasPatientReader().read(file).records().get(0);
        assertThat(r.ref()).isEqualTo(SourceRef.oxleas("RIO1234567"));
        assertThat(r.gender()).isEqualTo(Gender.MALE);
        assertThat(r.forename()).isEqualTo("Zebedee");
        assertThat(r.surname()).isEqualTo("Quarmby");
        assertThat(r.postcode()).isEqualTo("DA5 1AB");
    }
}
