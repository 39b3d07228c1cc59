package org.carebridge.linking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.identity.person.SourceRef;

/**
 * One staged person record's fields as a reviewer sees them, under labels common to both sources (a council
 * FORENAME and an Oxleas PersonGivenName are both "given name"). Personal data: shown to an authorised
 * reviewer on request, never logged; {@link #toString()} names the record only.
 *
 * @param values label → value as staged ({@code null} when empty); labels the source lacks are absent
 */
public record RecordFields(SourceRef ref, Map<String, String> values) {

    static final String NHS_NUMBER = "NHS number";
    static final String NHS_NUMBER_STATUS = "NHS number status";
    static final String TITLE = "title";
    static final String GIVEN_NAME = "given name";
    static final String MIDDLE_NAMES = "middle names";
    static final String FAMILY_NAME = "family name";
    static final String PREFERRED_NAME = "preferred name";
    static final String DATE_OF_BIRTH = "date of birth";
    static final String DATE_OF_DEATH = "date of death";
    static final String GENDER = "gender";
    static final String ETHNICITY = "ethnicity";
    static final String ADDRESS = "address";
    static final String POSTCODE = "postcode";
    static final String PREFERRED_LANGUAGE = "preferred language";
    static final String RECORD_STATUS = "record status";
    static final String MERGED_INTO = "merged into";

    /** Every label, in the order a side-by-side view lists them. */
    public static final List<String> LABELS = List.of(NHS_NUMBER, NHS_NUMBER_STATUS, TITLE, GIVEN_NAME, MIDDLE_NAMES,
            FAMILY_NAME, PREFERRED_NAME, DATE_OF_BIRTH, DATE_OF_DEATH, GENDER, ETHNICITY, ADDRESS, POSTCODE,
            PREFERRED_LANGUAGE, RECORD_STATUS, MERGED_INTO);

    public RecordFields {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value under {@code label}: empty text when the source has the field but no value, null when it lacks it. */
    public String value(String label) {
        return values.containsKey(label) ? (values.get(label) == null ? "" : values.get(label)) : null;
    }

    @Override
    public String toString() {
        return "RecordFields[" + ref + "]";
    }
}
