package org.carebridge.wave;

import java.util.List;

/** The identity review queue, as the wave gates need it. */
public interface IdentityReviews {

    /** Pairs in the review band, not yet decided, with a record in the run's cohort: "LEFT~RIGHT" ids. */
    List<String> openReviewsTouching(long runId);
}
