package org.carebridge.wave;

/**
 * Runs identity resolution over what is staged now, so that {@link PersonDirectory} reflects it (skipped when
 * neither the staged people nor the reviewers' decisions changed since the last run).
 */
public interface PersonResolution {

    void resolveStaged();
}
