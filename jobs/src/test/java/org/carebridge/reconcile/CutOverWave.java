package org.carebridge.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.AnswerKeyPersonDirectory;
import org.carebridge.wave.Gate;
import org.carebridge.wave.PersonDirectory;
import org.carebridge.wave.WaveService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the reconciliation tests start from: 300 generated people, staged once per database, and wave W2 freshly
 * rehearsed, approved and cut over into an empty live model.
 */
final class CutOverWave {

    static final String WAVE = "W2-ADULTS";
    private static Path data;

    private CutOverWave() {
    }

    /** People are linked by the generator's answer key, so that the checks, not identity resolution, are tested. */
    @TestConfiguration(proxyBeanMethods = false)
    static class KnownPeople {
        @Bean
        @Primary
        PersonDirectory answerKeyDirectory(JdbcTemplate jdbc) throws Exception {
            return new AnswerKeyPersonDirectory(data(), jdbc);
        }
    }

    static synchronized Path data() throws Exception {
        if (data == null) {
            data = Files.createTempDirectory("recon");
            new SourceGenerator(GeneratorSettings.builder().people(300).seed(11).build()).generate(data);
        }
        return data;
    }

    static void cutOverAfresh(JdbcTemplate jdbc, StagingService staging, WaveService waves) throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM staging_run", Long.class) == 0) {
            staging.stage(new StagingRequest(data().resolve("council"), false, data().resolve("oxleas"),
                    data().resolve("workforce.csv"), GeneratorSettings.DEFAULT_AS_OF));
        }
        jdbc.execute("DROP SCHEMA IF EXISTS merged CASCADE");
        jdbc.execute("DROP SCHEMA IF EXISTS rehearsal CASCADE");
        for (String table : new String[]{"wave", "wave_transition", "wave_member", "wave_run", "gate_override", "run_lock",
                "wave_signoff"}) {
            jdbc.update("DELETE FROM " + table);
        }
        waves.override(WAVE, Gate.UNMAPPED_CODES, "analyst", "synthetic junk codes reviewed");
        waves.rehearse(WAVE, null, "tester");
        waves.approve(WAVE, "programme.board", "rehearsal reviewed");
        waves.run(WAVE, null, "tester");
    }
}
