package org.carebridge.identity.stable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.carebridge.identity.person.SourceRef;
import org.junit.jupiter.api.Test;

class PersonIdAssignerTest {

    private static final SourceRef C1 = SourceRef.council("1");
    private static final SourceRef C2 = SourceRef.council("2");
    private static final SourceRef C3 = SourceRef.council("3");
    private static final SourceRef R1 = SourceRef.oxleas("RIO1");

    private static PersonIdAssigner assigner() {
        return new PersonIdAssigner(new SequentialPersonIdGenerator("BCP", 4, 1));
    }

    @Test
    void newClustersGetNewIdsInRecordOrder() {
        IdAssignment a = assigner().assign(List.of(List.of(C2), List.of(R1, C1)), Map.of());
        assertThat(a.assignment()).containsExactlyInAnyOrderEntriesOf(Map.of(C1, "BCP0001", R1, "BCP0001",
                C2, "BCP0002"));
        assertThat(a.persons()).extracting(MergedPerson::origin)
                .containsOnly(MergedPerson.Origin.NEW);
    }

    @Test
    void aRerunKeepsEveryId() {
        Map<SourceRef, String> before = Map.of(C1, "BCP0007", R1, "BCP0007", C2, "BCP0003");
        IdAssignment a = assigner().assign(List.of(List.of(C1, R1), List.of(C2)), before);
        assertThat(a.assignment()).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(a.persons()).extracting(MergedPerson::origin).containsOnly(MergedPerson.Origin.UNCHANGED);
    }

    @Test
    void aNewRecordJoiningAnExistingPersonTakesItsId() {
        IdAssignment a = assigner().assign(List.of(List.of(C1, R1)), Map.of(C1, "BCP0007"));
        assertThat(a.personOf(R1)).isEqualTo("BCP0007");
        assertThat(a.persons().get(0).origin()).isEqualTo(MergedPerson.Origin.EXTENDED);
    }

    @Test
    void mintedIdsNeverReuseAnIdInUse() {
        IdAssignment a = assigner().assign(List.of(List.of(C1), List.of(C2)), Map.of(C1, "BCP0001"));
        assertThat(a.personOf(C2)).isEqualTo("BCP0002");
    }

    @Test
    void recordsOfEarlierRunsNotReadNowKeepTheirIds() {
        IdAssignment a = assigner().assign(List.of(List.of(C1)), Map.of(C1, "BCP0004", C3, "BCP0005"));
        assertThat(a.personOf(C3)).isEqualTo("BCP0005");
    }

    @Test
    void aReviewerJoiningTwoPersonsKeepsTheLargerAndRetiresTheOther() {
        IdAssignment a = assigner().assign(List.of(List.of(C1, C2, R1)),
                Map.of(C1, "BCP0002", C2, "BCP0002", R1, "BCP0001"));
        assertThat(a.assignment().values()).containsOnly("BCP0002");
        assertThat(a.retiredIds()).containsExactly("BCP0001");
        assertThat(a.conflicts()).extracting(IdConflict::kind).containsExactly(IdConflict.Kind.EXISTING_PERSONS_MERGED);
    }

    @Test
    void aReviewerSplittingAPersonGivesThePartWithoutTheIdANewOne() {
        IdAssignment a = assigner().assign(List.of(List.of(C1, C2), List.of(R1)),
                Map.of(C1, "BCP0002", C2, "BCP0002", R1, "BCP0002"));
        assertThat(a.personOf(C1)).isEqualTo("BCP0002");
        assertThat(a.personOf(R1)).isNotEqualTo("BCP0002").startsWith("BCP");
        assertThat(a.conflicts()).extracting(IdConflict::kind).containsExactly(IdConflict.Kind.EXISTING_PERSON_SPLIT);
    }
}
