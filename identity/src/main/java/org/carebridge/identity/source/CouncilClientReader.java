package org.carebridge.identity.source;

import static org.carebridge.identity.source.PersonFileReader.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.legacy.format.ParsedRow;

/** Builds person records from the council's {@code CLIENTS.csv}. */
public final class CouncilClientReader {

    private final PersonFileReader reader = new PersonFileReader(SourceTable.COUNCIL_CLIENTS,
            CouncilClientReader::toRecord);

    public PersonReadResult read(Path clientsCsv) {
        return reader.read(clientsCsv);
    }

    /**
     * Reads CLIENTS rows from any source, e.g. the council's schema over JDBC turned into the agreement's
     * text form, so that they are parsed exactly as the same rows from a bundle would be.
     */
    public PersonReadResult read(String origin, Iterator<SourceRow> clientRows) {
        return reader.read(origin, clientRows);
    }

    public PersonReadResult read(CsvBundle councilBundle) {
        return read(councilBundle.file(SourceTable.COUNCIL_CLIENTS));
    }

    private static PersonRecord toRecord(ParsedRow row) {
        return PersonRecord.builder(SourceRef.council(text(row, "CLIENT_ID")))
                .nhsNumber(text(row, "NHS_NUMBER"), text(row, "NHS_NUMBER_STATUS"))
                .forename(text(row, "FORENAME"))
                .middleNames(text(row, "MIDDLE_NAMES"))
                .surname(text(row, "SURNAME"))
                .preferredName(text(row, "PREFERRED_NAME"))
                .dateOfBirth((LocalDate) row.value("DATE_OF_BIRTH"))
                .gender(Gender.fromCouncil(text(row, "GENDER")))
                .postcode(text(row, "POSTCODE"))
                .status(RecordStatus.fromCouncil(text(row, "RECORD_STATUS")))
                .mergedIntoId(text(row, "MERGED_INTO_CLIENT_ID"))
                .build();
    }
}
