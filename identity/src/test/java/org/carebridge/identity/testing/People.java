package org.carebridge.identity.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.identity.bench.PopulationSynthesiser;
import org.carebridge.identity.bench.SyntheticPopulation;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.normalise.PersonNormaliser;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;

/**
 * Test data: one well-described person (Zebedee Quarmby, 999-range NHS numbers only) that tests vary field
 * by field, and a synthesised background population so that the model has data to learn from.
 */
public final class People {

    /** Valid test-range NHS numbers (shared/reference/nhs_number_examples.csv). */
    public static final String NHS_A = "9990000018";
    public static final String NHS_B = "9990000026";
    public static final String NHS_C = "9990000034";
    public static final String VERIFIED = "01";
    public static final String NOT_TRACED = "02";

    private static final NicknameTable NICKNAMES = NicknameTable.standard();
    private static List<PersonRecord> background;

    private People() {
    }

    public static PersonRecord.Builder zebedee(SourceRef ref) {
        return PersonRecord.builder(ref)
                .forename("Zebedee")
                .surname("Quarmby")
                .dateOfBirth(LocalDate.of(1948, 3, 14))
                .gender(Gender.MALE)
                .postcode("DA5 1AB");
    }

    public static PersonRecord.Builder council(String id) {
        return zebedee(SourceRef.council(id));
    }

    public static PersonRecord.Builder oxleas(String id) {
        return zebedee(SourceRef.oxleas(id));
    }

    public static NormalisedPerson normalised(int index, PersonRecord record) {
        return new PersonNormaliser(NICKNAMES).normalise(index, record);
    }

    public static NormalisedPerson normalised(PersonRecord.Builder record) {
        return normalised(0, record.build());
    }

    public static NicknameTable nicknames() {
        return NICKNAMES;
    }

    /** About 1,500 council clients and their Oxleas counterparts, the same for every test run. */
    public static synchronized List<PersonRecord> background() {
        if (background == null) {
            SyntheticPopulation population = new PopulationSynthesiser(NICKNAMES, 42).synthesise(1_500, 0.5, 0.3);
            List<PersonRecord> all = new ArrayList<>(population.council());
            all.addAll(population.oxleas());
            background = List.copyOf(all);
        }
        return background;
    }

    /** The background with {@code extra} added. */
    public static List<PersonRecord> withBackground(PersonRecord... extra) {
        List<PersonRecord> all = new ArrayList<>(background());
        all.addAll(List.of(extra));
        return all;
    }
}
