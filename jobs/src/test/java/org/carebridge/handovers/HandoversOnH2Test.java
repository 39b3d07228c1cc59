package org.carebridge.handovers;

import static org.assertj.core.api.Assertions.assertThat;

import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.wave.Gate;
import org.carebridge.wave.WaveRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:handovers;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(HandoverTestSupport.Beans.class)
class HandoversOnH2Test extends HandoverScenarioContract {

    @Autowired
    HandoverTestSupport.TestClock clock;

    @Test
    void anAcceptedHandoverMakesTheIncomingWorkerLeadWorkerWhenTheWaveGoesLive() {
        handovers.propose(WAVE, "operator");
        for (CaseSummary c : cases()) {
            handovers.approve(leadOf(c), c.caseId(), "");
        }
        CaseSummary handed = cases().stream().filter(c -> !c.keepsCurrentWorker()).findFirst().orElseThrow();
        for (Gate gate : new Gate[]{Gate.UNMAPPED_CODES, Gate.NO_LEAD_WORKER, Gate.OPEN_IDENTITY_REVIEWS}) {
            waves.override(WAVE, gate, "programme.board", "synthetic data: only the handover gate is under test");
        }
        waves.rehearse(WAVE, null, "tester");
        waves.approve(WAVE, "programme.board", "rehearsal reviewed");
        handovers.accept(handed.caseId(), handed.incomingWorker());
        assertThat(leadWorker(handed.personId())).isNull();

        clock.setDay(handed.effectiveOn());
        WaveRun run = waves.run(WAVE, null, "tester");

        assertThat(run.activeBlockers()).isEmpty();
        assertThat(handovers.find(GOVERNANCE, handed.caseId()).handover().state()).isEqualTo(HandoverState.ACTIVE);
        assertThat(leadWorker(handed.personId())).isEqualTo(handed.incomingWorker() + "/HANDOVER");
    }

    private String leadWorker(String person) {
        return jdbc.queryForList("SELECT worker_id || '/' || basis FROM merged.lead_worker WHERE person_id = ?",
                String.class, person).stream().findFirst().orElse(null);
    }
}
