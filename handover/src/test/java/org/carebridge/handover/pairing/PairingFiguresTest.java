package org.carebridge.handover.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.handover.fixtures.ClientBuilder.client;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.HandoverReason;
import org.junit.jupiter.api.Test;

class PairingFiguresTest {

    private static Proposal proposal(String personId, String workerId, boolean keeps, int known) {
        return new Proposal(personId, workerId, List.of(), keeps, 3, known, List.of(), List.of(), List.of());
    }

    @Test
    void countsLongStandingClientsKeptWithACurrentOrFamiliarWorker() {
        List<HandoverClient> clients = List.of(
                client("P1").because(HandoverReason.LONG_STANDING_MH).build(),
                client("P2").because(HandoverReason.LONG_STANDING_MH).build(),
                client("P3").because(HandoverReason.LONG_STANDING_MH).build(),
                client("P4").because(HandoverReason.LONG_STANDING_MH).build(),
                client("P5").build());
        PairingResult result = new PairingResult(
                List.of(proposal("P1", "BC1", true, 20), proposal("P2", "BC2", false, 4),
                        proposal("P3", "BC3", false, 0), proposal("P5", "BC3", false, 9)),
                List.of(new UnpairedClient("P4", UnpairedReason.NO_SPARE_CAPACITY, "")),
                List.of(new WorkerLoad("BC1", 50, 100, 1), new WorkerLoad("BC2", 45, 50, 1),
                        new WorkerLoad("BC3", 80, 100, 2)),
                HardMediumSoftLongScore.ZERO, 1);

        PairingFigures figures = PairingFigures.of(clients, result);

        assertThat(figures.longStanding()).isEqualTo(4);
        assertThat(figures.longStandingWithKnownWorker()).isEqualTo(2);
        assertThat(figures.longStandingKnownShare()).isEqualTo(0.5);
        assertThat(figures.keptCurrentWorker()).isEqualTo(1);
        assertThat(figures.busiestWorker()).map(WorkerLoad::workerId).contains("BC2");
        assertThat(figures.unpairedByReason()).containsEntry(UnpairedReason.NO_SPARE_CAPACITY, 1);
        assertThat(figures.unpaired()).isEqualTo(1);
    }
}
