package org.carebridge.wave;

/** Runs identity resolution over what is staged now, so that {@link PersonDirectory} reflects it. */
public interface PersonResolution {

    void resolveStaged();
}
