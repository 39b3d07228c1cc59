package org.carebridge.identity.source;

import static org.carebridge.identity.source.PersonFileReader.text;

import java.nio.file.Path;
import java.time.LocalDate;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.legacy.format.ParsedRow;

/**
 * Builds person records from Oxleas' {@code MHS001MPI.csv}. The bundle's manifest is verified by the
 * caller before anything is read (staging refuses a tampered bundle first).
 */
public final class OxleasPatientReader {

    private final PersonFileReader reader = new PersonFileReader(SourceTable.OXLEAS_PATIENTS,
            OxleasPatientReader::toRecord);

    public PersonReadResult read(Path mpiCsv) {
        return reader.read(mpiCsv);
    }

    public PersonReadResult read(CsvBundle oxleasBundle) {
        return read(oxleasBundle.file(SourceTable.OXLEAS_PATIENTS));
    }

    private static PersonRecord toRecord(ParsedRow row) {
        return PersonRecord.builder(SourceRef.oxleas(text(row, "LocalPatientId")))
                .nhsNumber(text(row, "NHSNumber"), text(row, "NHSNumberStatus"))
                .forename(text(row, "PersonGivenName"))
                .surname(text(row, "PersonFamilyName"))
                .dateOfBirth((LocalDate) row.value("PersonBirthDate"))
                .gender(Gender.fromPersonStatedGender(text(row, "Gender")))
                .postcode(text(row, "Postcode"))
                .build();
    }
}
