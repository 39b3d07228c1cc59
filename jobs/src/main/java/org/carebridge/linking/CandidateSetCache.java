package org.carebridge.linking;

import java.util.List;
import org.carebridge.batch.LatestJobInput;
import org.carebridge.identity.CandidateSet;
import org.carebridge.identity.PairComparisons;
import org.springframework.stereotype.Component;

/**
 * The candidate pairs a process compares ranges of: the manager's own set when its partitions run on its own
 * threads, or, in a worker, the set it builds from the staged people for the first range it is sent and keeps for the
 * next ones (softly: see {@link LatestJobInput}). One set at a time: a later resolution replaces it.
 */
@Component
class CandidateSetCache {

    private final StagedPeople staged;
    private final LatestJobInput<String, CandidateSet> latest = new LatestJobInput<>();

    CandidateSetCache(StagedPeople staged) {
        this.staged = staged;
    }

    /** The manager's set, so that its own threads need not build it again. */
    void offer(CandidateSet candidates) {
        latest.hold(candidates.fingerprint(), candidates);
    }

    /** Lets the manager's set go once its comparisons are collected. */
    void release(CandidateSet candidates) {
        latest.release(candidates.fingerprint());
    }

    /**
     * The set with this fingerprint: the one kept, or one built from the staged people now.
     *
     * @throws IllegalStateException when the staged people no longer give that set (staging ran again meanwhile)
     */
    CandidateSet withFingerprint(String fingerprint) {
        return latest.get(fingerprint, () -> {
            CandidateSet built = IdentityService.resolver(List.of(), PairComparisons.IN_PROCESS)
                    .candidates(staged.all());
            if (!built.fingerprint().equals(fingerprint)) {
                throw new IllegalStateException("the staged people are not those the identity run blocked (fingerprint "
                        + abbreviated(built.fingerprint()) + " here, " + abbreviated(fingerprint) + " asked): staging"
                        + " ran again meanwhile, or this worker reads another database or runs another build;"
                        + " run identity resolution again");
            }
            return built;
        });
    }

    private static String abbreviated(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
