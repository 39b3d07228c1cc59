package org.carebridge.linking;

import java.util.List;
import org.carebridge.identity.CandidateSet;
import org.carebridge.identity.IdentityResolver;
import org.carebridge.identity.ResolutionSettings;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.stable.SequentialPersonIdGenerator;
import org.springframework.stereotype.Component;

/**
 * The candidate pairs a process compares ranges of: the manager's own set when its partitions run on its own
 * threads, or, in a worker, the set it builds once from the staged people and keeps for the rest of the run's
 * ranges. One set at a time: a later resolution replaces it.
 */
@Component
class CandidateSetCache {

    private final StagedPeople staged;
    private final ResolutionSettings settings = ResolutionSettings.defaults();
    private CandidateSet current;

    CandidateSetCache(StagedPeople staged) {
        this.staged = staged;
    }

    /** The manager's set, so that its own threads need not build it again. */
    synchronized void offer(CandidateSet candidates) {
        current = candidates;
    }

    /** Lets the manager's set go once its comparisons are collected (a worker keeps its own for the next range). */
    synchronized void release(CandidateSet candidates) {
        if (current == candidates) {
            current = null;
        }
    }

    /**
     * The set with this fingerprint: the one held, or one built from the staged people now.
     *
     * @throws IllegalStateException when the staged people no longer give that set (staging ran again meanwhile)
     */
    synchronized CandidateSet withFingerprint(String fingerprint) {
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current;
        }
        current = null; // the old set's memory is free before the new one is built
        CandidateSet built = new IdentityResolver(settings, NicknameTable.standard(),
                SequentialPersonIdGenerator.continuing(IdentityService.PERSON_ID_PREFIX,
                        IdentityService.PERSON_ID_DIGITS, List.of())).candidates(staged.all());
        if (!built.fingerprint().equals(fingerprint)) {
            throw new IllegalStateException("the staged people are not those the identity run blocked (fingerprint "
                    + abbreviated(built.fingerprint()) + " here, " + abbreviated(fingerprint) + " asked): staging ran"
                    + " again meanwhile, or this worker reads another database; run identity resolution again");
        }
        current = built;
        return built;
    }

    private static String abbreviated(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
