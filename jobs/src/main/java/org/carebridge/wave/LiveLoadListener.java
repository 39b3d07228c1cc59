package org.carebridge.wave;

/**
 * Told after every live load of a wave (re-runs included), once its rows are in the live merged model: e.g. to
 * make an accepted handover's incoming worker the person's lead worker.
 */
public interface LiveLoadListener {

    void liveLoaded(String wave, long runId);
}
