package org.carebridge.batch;

/**
 * Something that must hold before {@link JobRunner} starts or restarts a job (a reachable message broker, say), so
 * that a run is refused at once with a one-line reason instead of failing, or hanging, half-way.
 */
public interface LaunchCheck {

    /** Throws {@link org.carebridge.cli.UserFacingException} with the reason when {@code jobName} may not start now. */
    void beforeLaunch(String jobName);
}
