package org.carebridge.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.carebridge.merged.MergedModelSchema;
import org.carebridge.remote.RemoteProperties;
import org.carebridge.teams.MergedTeamsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The cases decided before anything is read: the database is not needed (and not given). */
class LoadResumptionTest {

    private static final LocalDate CUTOVER = LocalDate.of(2027, 2, 8);

    @Test
    void withoutRemotePartitioningAReRunLoadsTheWholeCohortAsBefore() {
        LoadResumption resumption = new LoadResumption(null, remote(false), new MergedTeamsProperties(null));

        String inputs = resumption.inputs(7, "W2-ADULTS", MergedModelSchema.LIVE, CUTOVER);

        assertThat(inputs).isEmpty();
        assertThat(resumption.sameWork(inputs).test(earlierWith(""))).isFalse();
    }

    @Test
    void aRehearsalIsNeverResumedBecauseItsSchemaIsRebuiltBeforeItLoads() {
        LoadResumption resumption = new LoadResumption(null, remote(true), new MergedTeamsProperties(null));

        assertThat(resumption.inputs(7, "W2-ADULTS", MergedModelSchema.REHEARSAL, CUTOVER)).isEmpty();
    }

    @Test
    void onlyAnEarlierLoadWithTheSameFingerprintIsResumed() {
        LoadResumption resumption = new LoadResumption(null, remote(true), new MergedTeamsProperties(null));

        assertThat(resumption.sameWork("abc").test(earlierWith("abc"))).isTrue();
        assertThat(resumption.sameWork("abc").test(earlierWith("abd"))).isFalse();
        assertThat(resumption.sameWork("abc").test(new JobParameters())).isFalse();
    }

    private static RemoteProperties remote(boolean enabled) {
        return new RemoteProperties(enabled, null, null, 0, null, null, null);
    }

    private static JobParameters earlierWith(String inputs) {
        return new JobParametersBuilder().addString(LoadResumption.INPUTS, inputs, false).toJobParameters();
    }
}
