package org.carebridge.handover.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A worker of the merged organisation (one row of {@code workforce.csv}) as the pairing sees them.
 *
 * <p>Identity is the merged id alone: the solver groups and joins by worker millions of times, and hashing the
 * sets on every lookup would cost more than the rest of the score calculation.
 *
 * @param id                 merged worker id, e.g. {@code BC00123}
 * @param teamCodes          merged team codes the worker belongs to
 * @param competencies       competencies from the workforce plan
 * @param capacityPoints     weighted caseload ceiling (a full-time worker is typically 100)
 * @param currentLoadPoints  weighted load of the clients the worker keeps that are NOT in this pairing problem
 * @param languages          ISO 639-1 codes
 * @param gender             Person Stated Gender code (1, 2, 9, X), may be {@code null}
 * @param availableFrom      first day in the merged team, {@code null} if already in post
 * @param leavingDate        last day, {@code null} if staying
 */
public record Worker(String id, SortedSet<String> teamCodes, Set<Competency> competencies, int capacityPoints,
                     int currentLoadPoints, SortedSet<String> languages, String gender, LocalDate availableFrom,
                     LocalDate leavingDate) {

    public Worker {
        Objects.requireNonNull(id, "id");
        if (capacityPoints < 0 || currentLoadPoints < 0) {
            throw new IllegalArgumentException("worker " + id + ": capacity and load must not be negative");
        }
        teamCodes = Collections.unmodifiableSortedSet(new TreeSet<>(teamCodes));
        EnumSet<Competency> copy = EnumSet.noneOf(Competency.class);
        copy.addAll(competencies);
        competencies = Collections.unmodifiableSet(copy);
        languages = Collections.unmodifiableSortedSet(new TreeSet<>(languages));
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** Whether the worker is in post on {@code day} and does not leave before {@code stayUntil} (inclusive). */
    public boolean availableBetween(LocalDate day, LocalDate stayUntil) {
        boolean started = availableFrom == null || !availableFrom.isAfter(day);
        boolean staying = leavingDate == null || leavingDate.isAfter(stayUntil);
        return started && staying;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Worker && ((Worker) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
