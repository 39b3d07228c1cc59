package org.carebridge.identity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.identity.testing.People.NHS_A;
import static org.carebridge.identity.testing.People.VERIFIED;
import static org.carebridge.identity.testing.People.council;
import static org.carebridge.identity.testing.People.oxleas;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void evidenceNamesTheLevelOfEveryFieldAndNoValue() {
        String evidence = ComparisonVector.evidence(Comparisons.vector(
                council("1").nhsNumber(NHS_A, VERIFIED),
                oxleas("R1").nhsNumber(NHS_A, VERIFIED).surname("Quarmbey").postcode("DA5 1XY")));
        assertThat(evidence).isEqualTo(
                "forename=exact;surname=jw>0.92;dob=exact;postcode=sector;gender=exact;nhs=exact");
        assertThat(evidence).doesNotContain("QUARMB", "Quarmb", NHS_A, "1948", "DA5");
    }
}
