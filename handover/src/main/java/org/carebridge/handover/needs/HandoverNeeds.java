package org.carebridge.handover.needs;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.carebridge.handover.model.CurrentWorker;
import org.carebridge.handover.model.HandoverReason;

/**
 * Decides which open clients need a handover at a wave's cutover, and why (spec section 4 and the handover issue,
 * item 1). Relationships are judged as they stand on the cutover date.
 *
 * <p>The long-standing test measures the relationship with the same worker, not the current allocation row:
 * legacy systems often close and reopen an allocation (team moves, reviews) while the worker stays the same, so
 * back-to-back or overlapping lead relationships with one worker are joined before the threshold is applied.
 */
public final class HandoverNeeds {

    private final LocalDate cutover;
    private final Period longStandingThreshold;

    public HandoverNeeds(LocalDate cutover, Period longStandingThreshold) {
        this.cutover = Objects.requireNonNull(cutover, "cutover");
        this.longStandingThreshold = Objects.requireNonNull(longStandingThreshold, "longStandingThreshold");
        if (longStandingThreshold.isNegative() || longStandingThreshold.isZero()) {
            throw new IllegalArgumentException("the long-standing threshold must be positive");
        }
    }

    /** The spec's default threshold of two years. */
    public static HandoverNeeds twoYearThreshold(LocalDate cutover) {
        return new HandoverNeeds(cutover, Period.ofYears(2));
    }

    /** Every client that needs a handover, sorted by person id. */
    public List<HandoverNeed> assessAll(List<ClientRelationships> clients) {
        List<HandoverNeed> needs = new ArrayList<>();
        for (ClientRelationships client : clients) {
            assess(client).ifPresent(needs::add);
        }
        needs.sort(Comparator.comparing(HandoverNeed::personId));
        return needs;
    }

    public Optional<HandoverNeed> assess(ClientRelationships client) {
        Map<String, List<LegacyRelationship>> leadByWorker = new TreeMap<>();
        for (LegacyRelationship relationship : client.relationships()) {
            if (relationship.role().isLead()) {
                leadByWorker.computeIfAbsent(relationship.legacyWorkerRef(), ref -> new ArrayList<>()).add(relationship);
            }
        }
        List<CurrentWorker> current = new ArrayList<>();
        String longStandingWith = null;
        LocalDate since = null;
        LocalDate longStandingCutoff = cutover.minus(longStandingThreshold);
        for (Map.Entry<String, List<LegacyRelationship>> entry : leadByWorker.entrySet()) {
            Optional<LocalDate> currentSince = unbrokenRelationshipStart(entry.getValue());
            if (currentSince.isEmpty()) {
                continue;
            }
            current.add(new CurrentWorker(entry.getKey(), continuingId(entry.getValue())));
            boolean longEnough = !currentSince.get().isAfter(longStandingCutoff);
            if (longEnough && (since == null || currentSince.get().isBefore(since))) {
                longStandingWith = entry.getKey();
                since = currentSince.get();
            }
        }

        EnumSet<HandoverReason> reasons = EnumSet.noneOf(HandoverReason.class);
        if (client.knownToMentalHealthServices() && longStandingWith != null) {
            reasons.add(HandoverReason.LONG_STANDING_MH);
        } else {
            longStandingWith = null;
            since = null;
        }
        if (current.isEmpty()) {
            reasons.add(HandoverReason.NO_WORKER);
        }
        if (current.size() > 1) {
            reasons.add(HandoverReason.TWO_LEGACY_WORKERS);
        }
        if (current.stream().anyMatch(worker -> !worker.continues())) {
            reasons.add(HandoverReason.WORKER_NOT_CONTINUING);
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HandoverNeed(client.personId(), reasons, current, longStandingWith, since));
    }

    /**
     * Start of the unbroken run of one worker's lead relationships that is current at cutover, or empty if none
     * is current. Relationships that touch (next starts the day after the previous ends) or overlap are one run.
     */
    private Optional<LocalDate> unbrokenRelationshipStart(List<LegacyRelationship> relationships) {
        List<LegacyRelationship> byStart = new ArrayList<>(relationships);
        byStart.removeIf(relationship -> relationship.start().isAfter(cutover));
        byStart.sort(Comparator.comparing(LegacyRelationship::start));
        LocalDate runStart = null;
        LocalDate runEnd = null;
        boolean runOpen = false;
        for (LegacyRelationship relationship : byStart) {
            boolean joinsRun = runStart != null
                    && (runOpen || !relationship.start().isAfter(runEnd.plusDays(1)));
            if (!joinsRun) {
                runStart = relationship.start();
                runEnd = relationship.end();
                runOpen = relationship.end() == null;
            } else if (relationship.end() == null) {
                runOpen = true;
            } else if (!runOpen && relationship.end().isAfter(runEnd)) {
                runEnd = relationship.end();
            }
        }
        boolean currentAtCutover = runStart != null && (runOpen || !runEnd.isBefore(cutover));
        return currentAtCutover ? Optional.of(runStart) : Optional.empty();
    }

    private static String continuingId(List<LegacyRelationship> relationships) {
        return relationships.stream()
                .map(LegacyRelationship::continuingMergedWorkerId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
