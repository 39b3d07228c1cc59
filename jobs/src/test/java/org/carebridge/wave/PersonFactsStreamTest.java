package org.carebridge.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.quality.Mappings;
import org.carebridge.wave.PersonFactsStream.PersonFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What wave selectors see of each legacy record, read person by person from staging and the directory. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:personfacts;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data"})
class PersonFactsStreamTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 10);
    private static final LocalDate MAR = LocalDate.of(2025, 3, 10);
    private static final LocalDate JUN = LocalDate.of(2025, 6, 10);

    @Autowired
    PersonFactsStream stream;

    @Autowired
    Mappings mappings;

    @Autowired
    JdbcTemplate jdbc;

    StagedFactsBuilder staged;

    @BeforeEach
    void emptyStaging() {
        staged = StagedFactsBuilder.empty(jdbc).councilTeam("LD1", "LD", "SOUTH").councilTeam("OP1", "OP", "NORTH")
                .councilTeam("MH1", "MH", "BOROUGH").oxleasTeam("OXT1", "CENTRAL");
    }

    @Test
    void aCurrentAllocationDecidesTheRecordsTeams_evenWhenAPastOneStartedLater() {
        staged.client("BC00000001", 101, null).allocation(101, "LD1", JAN, null).allocation(101, "OP1", MAR, JUN);

        RecordFacts record = only(read()).records().get(0);

        assertThat(record.teams()).containsExactly("LD1");
        assertThat(record.serviceAreas()).containsExactly("LD");
    }

    @Test
    void withNoCurrentAllocation_theMostRecentPastOneDecides_andEveryTeamOfThatDayCounts() {
        staged.client("BC00000001", 101, null).allocation(101, "MH1", JAN, MAR).allocation(101, "LD1", MAR, JUN)
                .allocation(101, "OP1", MAR, JUN);

        RecordFacts record = only(read()).records().get(0);

        assertThat(record.teams()).containsExactlyInAnyOrder("LD1", "OP1");
        assertThat(record.serviceAreas()).containsExactlyInAnyOrder("LD", "OP");
    }

    @Test
    void anOxleasReferralIsCurrentOnlyUntilItsTeamCloses_andItsTeamTypeIsSeen() {
        staged.patient("BC00000001", "RX1", null).referral("RX1", "OXT1", "A06", JAN, null)
                .referral("RX1", "OXT9", "A14", JUN, JUN);

        RecordFacts record = only(read()).records().get(0);

        assertThat(record.teams()).containsExactly("OXT1");
        assertThat(record.teamTypes()).containsExactly("A06");
        assertThat(record.localities()).containsExactly("CENTRAL");
    }

    @Test
    void localitiesAreThePostcodeDistrictsAndTheTeams_butNotTheWholeBorough() {
        staged.client("BC00000001", 101, "DA7 4AA").allocation(101, "MH1", JAN, null);

        RecordFacts record = only(read()).records().get(0);

        assertThat(record.localities()).containsExactly("NORTH");
    }

    @Test
    void aPersonsRecordsFromBothSystemsArriveTogether_inPersonOrder_withTheirWave() {
        staged.patient("BC00000002", "RX2", null).client("BC00000001", 102, null).client("BC00000002", 101, null)
                .patient("BC00000001", "RX1", null).member("BC00000002", "W1-LD");

        List<PersonFacts> people = read();

        assertThat(people).extracting(PersonFacts::personId).containsExactly("BC00000001", "BC00000002");
        assertThat(people.get(0).sourceRecords()).containsExactly(new SourceRef(SourceSystem.COUNCIL, "102"),
                new SourceRef(SourceSystem.OXLEAS, "RX1"));
        assertThat(people.get(0).memberOf()).isNull();
        assertThat(people.get(1).memberOf()).isEqualTo("W1-LD");
    }

    @Test
    void aRecordStagingDoesNotHoldIsStillListed_withNothingForASelectorToMatch() {
        staged.unstaged("BC00000001", "COUNCIL", "999");

        RecordFacts record = only(read()).records().get(0);

        assertThat(record.record()).isEqualTo(new SourceRef(SourceSystem.COUNCIL, "999"));
        assertThat(record.teams()).isEmpty();
        assertThat(record.localities()).isEmpty();
    }

    @Test
    void allocationsOfAClientStagingDoesNotHoldAreNotSeen() {
        staged.client("BC00000001", 101, null).allocation(202, "LD1", JAN, null);

        assertThat(only(read()).records().get(0).teams()).isEmpty();
    }

    private List<PersonFacts> read() {
        List<PersonFacts> people = new ArrayList<>();
        stream.forEachPerson(StagedFactsBuilder.DIRECTORY, mappings.load(), people::add);
        return people;
    }

    private static PersonFacts only(List<PersonFacts> people) {
        assertThat(people).hasSize(1);
        return people.get(0);
    }
}
