package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.audit.AuditEntry;
import org.carebridge.audit.AuditTrail;
import org.carebridge.cli.UserFacingException;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.WaveLifecycle;
import org.carebridge.wave.WaveService;
import org.carebridge.wave.WaveState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Governance signs a wave off only on a passing (or fully dispositioned) report, and every sign-off is recorded. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:signoff;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(CutOverWave.KnownPeople.class)
class SignOffTest {

    private static final String WAVE = CutOverWave.WAVE;

    @Autowired
    WaveService waves;

    @Autowired
    StagingService staging;

    @Autowired
    SignOffService signOffs;

    @Autowired
    WaveLifecycle lifecycle;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanWaveCutOver() throws Exception {
        CutOverWave.cutOverAfresh(jdbc, staging, waves);
    }

    @Test
    void aFailingReportIsNotSignedOff() {
        breakOnePackageByOnePenny();
        WaveReconciler.Result failing = waves.reconcile(WAVE, "tester");

        assertThatThrownBy(() -> signOffs.signOff(WAVE, "finance.lead", "FINANCE", null))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("refused").hasMessageContaining("money-weekly-total");
        assertThat(signOffs.signOffs(WAVE)).isEmpty();
        assertThat(failing.passed()).isFalse();
    }

    @Test
    void aPassingReportIsSignedOffWithWhoWhenAndTheReportsHash() {
        WaveReconciler.Result passing = waves.reconcile(WAVE, "tester");

        SignOffService.SignOff signOff = signOffs.signOff(WAVE, "finance.lead", "FINANCE", null);

        assertThat(signOff.reportSha256()).isEqualTo(passing.reportSha256());
        assertThat(signOffs.signOffs(WAVE)).singleElement().satisfies(s -> {
            assertThat(s.signedBy()).isEqualTo("finance.lead");
            assertThat(s.role()).isEqualTo("FINANCE");
            assertThat(s.signedAt()).isNotNull();
        });
        List<AuditEntry> trail = audit.about("WAVE", WAVE);
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("WAVE_SIGNED_OFF_BY_ROLE");
            assertThat(e.actor()).isEqualTo("finance.lead");
            assertThat(e.details()).contains(passing.reportSha256());
        });
        assertThat(lifecycle.state(WAVE)).isEqualTo(WaveState.RECONCILED);
    }

    @Test
    void theWaveIsSignedOffOnceEveryRoleHasSigned() {
        waves.reconcile(WAVE, "tester");

        signOffs.signOff(WAVE, "board.chair", "PROGRAMME_BOARD", null);
        signOffs.signOff(WAVE, "caldicott", "CALDICOTT_GUARDIAN", null);
        signOffs.signOff(WAVE, "finance.lead", "FINANCE", null);

        assertThat(lifecycle.state(WAVE)).isEqualTo(WaveState.SIGNED_OFF);
    }

    @Test
    void aReportEditedAfterItWasWrittenIsNotSignedOff() throws Exception {
        WaveReconciler.Result passing = waves.reconcile(WAVE, "tester");
        Path summary = passing.pack().resolve("summary.csv");
        Files.writeString(summary, Files.readString(summary).replace("FAIL", "PASS") + "\n");

        assertThatThrownBy(() -> signOffs.signOff(WAVE, "finance.lead", "FINANCE", null))
                .hasMessageContaining("summary.csv");
        assertThat(signOffs.signOffs(WAVE)).isEmpty();
    }

    @Test
    void aFailingReportWhoseEveryExceptionIsAcceptedWithAReasonIsSignedOff() throws Exception {
        breakOnePackageByOnePenny();
        WaveReconciler.Result failing = waves.reconcile(WAVE, "tester");
        Path dispositions = Files.createTempFile("dispositions", ".csv");
        List<String> lines = Files.readAllLines(failing.pack().resolve("exceptions.csv"));
        StringBuilder sheet = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            // the last three columns are empty for the team: disposition, reason, who
            sheet.append(line, 0, line.length() - 2).append("ACCEPTED,penny rounding agreed with the provider,finance.lead\n");
        }
        Files.writeString(dispositions, sheet);

        SignOffService.SignOff signOff = signOffs.signOff(WAVE, "finance.lead", "FINANCE", dispositions);

        assertThat(signOff.reportSha256()).isEqualTo(failing.reportSha256());
        assertThat(lifecycle.state(WAVE)).isEqualTo(WaveState.RECONCILED);
    }

    private void breakOnePackageByOnePenny() {
        jdbc.update("UPDATE merged.care_package SET weekly_cost = weekly_cost + 0.01 WHERE package_id = (SELECT"
                + " MIN(package_id) FROM merged.care_package WHERE status = 'OPEN' AND weekly_cost IS NOT NULL)");
    }
}
