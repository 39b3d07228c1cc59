package org.carebridge.wave;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carebridge.database.StreamingQuery;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.linking.IdentityService;
import org.carebridge.linking.ReviewItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Identity resolution as the waves see it: who is who (the persisted stable assignment), running resolution over
 * what is staged, and the review pairs not yet decided that touch a wave's cohort.
 */
@Component
class IdentityForWaves implements PersonDirectory, PersonResolution, IdentityReviews {

    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    IdentityForWaves(IdentityService identity, JdbcTemplate jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** The persisted stable assignment (rows are only ever added, so a plan made from it can be made again). */
    @Override
    public String relation() {
        return "person_identity";
    }

    @Override
    public void resolveStaged() {
        identity.resolveStagedIfChanged();
    }

    @Override
    public List<String> openReviewsTouching(long runId) {
        List<ReviewItem> awaiting = identity.reviewQueue().stream().filter(ReviewItem::awaitingDecision).toList();
        if (awaiting.isEmpty()) {
            return List.of();
        }
        // The records under review are few; the cohort may be half a million: stream it past them.
        Set<String> underReview = new HashSet<>();
        awaiting.forEach(item -> {
            underReview.add(name(item.left()));
            underReview.add(name(item.right()));
        });
        Set<String> inCohort = new HashSet<>();
        try (StreamingQuery<String> cohort = StreamingQuery.of(jdbc.getDataSource(), "SELECT source_system, source_id"
                + " FROM wave_record WHERE run_id = ?", rs -> rs.getString(1) + ":" + rs.getString(2), runId)) {
            cohort.forEachRemaining(record -> {
                if (underReview.contains(record)) {
                    inCohort.add(record);
                }
            });
        }
        List<String> open = new ArrayList<>();
        for (ReviewItem item : awaiting) {
            if (inCohort.contains(name(item.left())) || inCohort.contains(name(item.right()))) {
                open.add(name(item.left()) + " ~ " + name(item.right()));
            }
        }
        return open;
    }

    private static String name(SourceRef ref) {
        return (ref.system() == SourceSystem.COUNCIL ? "COUNCIL" : ref.system().name()) + ":" + ref.id();
    }
}
