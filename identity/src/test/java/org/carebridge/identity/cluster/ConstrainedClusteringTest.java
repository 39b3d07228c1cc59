package org.carebridge.identity.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstrainedClusteringTest {

    private static ConstrainedClustering clustering(int n) {
        return new ConstrainedClustering(new String[n], new String[n], (a, b) -> true);
    }

    @Test
    void linksJoinGroupsTransitively() {
        ConstrainedClustering c = clustering(3);
        assertThat(c.link(0, 1)).isNull();
        assertThat(c.link(1, 2)).isNull();
        assertThat(c.together(0, 2)).isTrue();
        assertThat(c.groups()).containsExactly(0, 0, 0);
    }

    @Test
    void twoDifferentVerifiedNhsNumbersNeverShareAGroupAutomatically() {
        ConstrainedClustering c = new ConstrainedClustering(new String[] {"9990000018", null, "9990000026"},
                new String[3], (a, b) -> true);
        assertThat(c.link(0, 1)).isNull();
        assertThat(c.link(1, 2)).isEqualTo(LinkRefusal.VERIFIED_NHS_CONFLICT);
        assertThat(c.together(0, 2)).isFalse();
    }

    @Test
    void theStrongerLinkOfferedFirstWinsAndTheWeakerIsRefused() {
        ConstrainedClustering c = new ConstrainedClustering(new String[] {"9990000018", null, "9990000026"},
                new String[3], (a, b) -> true);
        assertThat(c.link(1, 2)).isNull();
        assertThat(c.link(0, 1)).isEqualTo(LinkRefusal.VERIFIED_NHS_CONFLICT);
        assertThat(c.groups()).containsExactly(0, 1, 1);
    }

    @Test
    void aDifferentPeopleDecisionIsACannotLinkEvenThroughOthers() {
        ConstrainedClustering c = clustering(3);
        c.cannotLink(0, 2);
        assertThat(c.link(0, 1)).isNull();
        assertThat(c.link(1, 2)).isEqualTo(LinkRefusal.DIFFERENT_PEOPLE_DECISION);
        assertThat(c.mustLink(1, 2)).isEqualTo(LinkRefusal.DIFFERENT_PEOPLE_DECISION);
    }

    @Test
    void twoEarlierPersonsAreNotJoinedAutomatically() {
        ConstrainedClustering c = new ConstrainedClustering(new String[3], new String[] {"P1", null, "P2"},
                (a, b) -> true);
        assertThat(c.link(0, 1)).isNull();
        assertThat(c.link(1, 2)).isEqualTo(LinkRefusal.EXISTING_PERSONS);
    }

    @Test
    void aMustLinkIgnoresEverythingButReviewersDecisions() {
        ConstrainedClustering c = new ConstrainedClustering(new String[] {"9990000018", "9990000026"},
                new String[] {"P1", "P2"}, (a, b) -> false);
        assertThat(c.mustLink(0, 1)).isNull();
        assertThat(c.together(0, 1)).isTrue();
    }

    @Test
    void aChainIsRefusedWhenItsEndsLookLikeDifferentPeople() {
        ConstrainedClustering c = new ConstrainedClustering(new String[3], new String[3],
                (a, b) -> !(Math.min(a, b) == 0 && Math.max(a, b) == 2));
        assertThat(c.link(0, 1)).isNull();
        assertThat(c.link(1, 2)).isEqualTo(LinkRefusal.INCOHERENT);
    }
}
