package org.carebridge.handover.workflow;

import java.util.Objects;

/**
 * The user acting. For workers the user id is their merged worker id; for leads their console user id as in
 * {@code config/teams.yml} ({@code clinical-lead}).
 */
public record Actor(String userId, ActorRole role) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system() {
        return new Actor("carebridge", ActorRole.SYSTEM);
    }

    public static Actor lead(String userId) {
        return new Actor(userId, ActorRole.CLINICAL_LEAD);
    }

    public static Actor worker(String mergedWorkerId) {
        return new Actor(mergedWorkerId, ActorRole.WORKER);
    }
}
