package org.carebridge.handovers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.staging.StagingRequest;
import org.carebridge.staging.StagingService;
import org.carebridge.wave.AnswerKeyPersonDirectory;
import org.carebridge.wave.PersonDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every handover test shares: one small generated dataset (400 people), staged once per database, people
 * linked by the generator's answer key, and a clock the tests move by hand.
 */
public final class HandoverTestSupport {

    public static final String MH_WAVE = "W3-MH";
    private static Path data;

    private HandoverTestSupport() {
    }

    static synchronized Path data() throws Exception {
        if (data == null) {
            Path dir = Files.createTempDirectory("handovers");
            new SourceGenerator(GeneratorSettings.builder().people(400).seed(5).build()).generate(dir);
            data = dir;
        }
        return data;
    }

    /** Stages the dataset unless this database already holds it, and empties every handover and wave table. */
    public static void freshState(JdbcTemplate jdbc, StagingService staging) throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM staging_run", Long.class) == 0) {
            staging.stage(new StagingRequest(data().resolve("council"), false, data().resolve("oxleas"),
                    data().resolve("workforce.csv"), GeneratorSettings.DEFAULT_AS_OF));
        }
        jdbc.execute("DROP SCHEMA IF EXISTS merged CASCADE");
        jdbc.execute("DROP SCHEMA IF EXISTS rehearsal CASCADE");
        for (String table : new String[]{"handover_transition", "handover_responsibility", "handover_familiarity",
                "handover_case_worker", "handover_case", "handover_unpaired", "handover_worker_load", "handover_run",
                "wave", "wave_transition", "wave_member", "wave_run", "wave_record", "gate_override", "run_lock"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** A clock standing at 10:00 UTC on a chosen day. */
    public static final class TestClock extends Clock {
        private volatile Instant now = LocalDate.of(2027, 1, 4).atTime(10, 0).toInstant(ZoneOffset.UTC);

        public void setDay(LocalDate day) {
            now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Beans {
        @Bean
        @org.springframework.context.annotation.Primary
        PersonDirectory answerKeyDirectory(JdbcTemplate jdbc) {
            return () -> {
                try {
                    return new AnswerKeyPersonDirectory(data(), jdbc).relation();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
        }

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
