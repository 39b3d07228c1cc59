package org.carebridge.identity.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;

import org.carebridge.identity.person.PersonRecord;
import org.junit.jupiter.api.Test;

class PersonNormaliserTest {

    private final PersonNormaliser normaliser = new PersonNormaliser(NicknameTable.standard());

    @Test
    void twoRecordsOfOneRunWithTheSameNamesAndPostcodeShareTheirNormalisedValues() {
        PersonRecord one = council("900001").forename(new String("Zebedee")).surname(new String("Quarmby-Smith"))
                .postcode(new String("DA7 4AB")).build();
        PersonRecord other = oxleas("TST0000001").forename(new String("zebedee")).surname(new String("QUARMBY SMITH"))
                .postcode(new String("da74ab")).build();

        NormalisedPerson a = normaliser.normalise(0, one);
        NormalisedPerson b = normaliser.normalise(1, other);

        assertThat(b.forename()).isEqualTo("ZEBEDEE").isSameAs(a.forename());
        assertThat(b.surname()).isSameAs(a.surname());
        assertThat(b.surnameTokens()).containsExactly("QUARMBY", "SMITH").isSameAs(a.surnameTokens());
        assertThat(b.surnamePhonetic()).isSameAs(a.surnamePhonetic());
        assertThat(b.postcode()).isSameAs(a.postcode());
        assertThat(b.dateOfBirthDigits()).isSameAs(a.dateOfBirthDigits());
    }
}
