package org.carebridge.identity.person;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One staged person record as identity resolution needs it, from either source. Values are as keyed
 * (trimmed); normalisation happens later so that the record can still be shown to a reviewer as it was.
 *
 * @param ref              the source system and record id
 * @param nhsNumber        the NHS number as keyed (may hold spaces, fail the check, or be a placeholder)
 * @param nhsNumberStatus  NHS number status indicator 01–08, or {@code null} when never traced
 * @param gender           Person Stated Gender (council M/F/I/U already mapped to 1/2/9/X)
 * @param status           council RECORD_STATUS; Oxleas records are {@link RecordStatus#ACTIVE}
 * @param mergedIntoId     council MERGED_INTO_CLIENT_ID when the status is {@link RecordStatus#MERGED}
 */
public record PersonRecord(SourceRef ref, String nhsNumber, String nhsNumberStatus, String forename,
                           String middleNames, String surname, String preferredName, LocalDate dateOfBirth,
                           Gender gender, String postcode, RecordStatus status, String mergedIntoId) {

    public PersonRecord {
        Objects.requireNonNull(ref, "ref");
        gender = gender == null ? Gender.NOT_KNOWN : gender;
        status = status == null ? RecordStatus.ACTIVE : status;
    }

    public static Builder builder(SourceRef ref) {
        return new Builder(ref);
    }

    /** The record this one was merged into by its source system, when it names one. */
    public SourceRef mergedInto() {
        return status == RecordStatus.MERGED && mergedIntoId != null ? new SourceRef(ref.system(), mergedIntoId) : null;
    }

    @Override
    public String toString() {
        // Personal data stays out of logs and messages.
        return "PersonRecord[" + ref + " " + status + "]";
    }

    /** Builds a record field by field; unset fields are empty. */
    public static final class Builder {
        private final SourceRef ref;
        private String nhsNumber;
        private String nhsNumberStatus;
        private String forename;
        private String middleNames;
        private String surname;
        private String preferredName;
        private LocalDate dateOfBirth;
        private Gender gender = Gender.NOT_KNOWN;
        private String postcode;
        private RecordStatus status = RecordStatus.ACTIVE;
        private String mergedIntoId;

        private Builder(SourceRef ref) {
            this.ref = Objects.requireNonNull(ref, "ref");
        }

        public Builder nhsNumber(String number, String statusIndicator) {
            this.nhsNumber = number;
            this.nhsNumberStatus = statusIndicator;
            return this;
        }

        public Builder forename(String value) {
            this.forename = value;
            return this;
        }

        public Builder middleNames(String value) {
            this.middleNames = value;
            return this;
        }

        public Builder surname(String value) {
            this.surname = value;
            return this;
        }

        public Builder preferredName(String value) {
            this.preferredName = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        public Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        public Builder postcode(String value) {
            this.postcode = value;
            return this;
        }

        public Builder status(RecordStatus value) {
            this.status = value;
            return this;
        }

        public Builder mergedInto(String clientId) {
            this.status = RecordStatus.MERGED;
            this.mergedIntoId = clientId;
            return this;
        }

        /** The source's merged-into reference as keyed, whatever the status says. */
        public Builder mergedIntoId(String clientId) {
            this.mergedIntoId = clientId;
            return this;
        }

        public PersonRecord build() {
            return new PersonRecord(ref, nhsNumber, nhsNumberStatus, forename, middleNames, surname, preferredName,
                    dateOfBirth, gender, postcode, status, mergedIntoId);
        }
    }
}
