package org.carebridge.handover.pairing;

import java.util.Comparator;

/**
 * Ascending difficulty, for the first-fit-decreasing construction: long-standing mental-health clients first
 * (their continuity matters most), then those with the fewest candidates, then the heaviest.
 */
public final class PairingDifficulty implements Comparator<Pairing> {

    private static final Comparator<Pairing> ASCENDING = Comparator
            .comparing((Pairing pairing) -> pairing.getClient().isLongStandingMentalHealth())
            .thenComparing(pairing -> -pairing.getCandidates().size())
            .thenComparingInt(Pairing::getWeight)
            .thenComparing(Pairing::getId, Comparator.reverseOrder());

    @Override
    public int compare(Pairing left, Pairing right) {
        return ASCENDING.compare(left, right);
    }
}
