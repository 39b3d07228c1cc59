package org.carebridge.handover.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A client who needs a (possibly unchanged) lead worker decided at cutover. Holds ids and codes only: the
 * pairing never needs a name, a date of birth or an address.
 *
 * <p>Identity is the merged person id alone (the solver hashes clients often).
 *
 * @param personId               merged person id
 * @param locality               the client's locality (never {@link Locality#BOROUGH})
 * @param serviceLine            the service line that will hold the client
 * @param flags                  complexity and need flags
 * @param preferredLanguage      ISO 639-1 code, {@code null} if none recorded
 * @param preferredWorkerGender  gender code the client asked for, {@code null} if no preference recorded
 * @param currentWorkers         current legacy lead workers and whether each continues
 * @param familiarity            merged worker id to contacts plus case notes with the client in the last two years
 * @param reasons                why the client is in the handover problem
 * @param cutoverDate            cutover date of the client's wave
 */
public record HandoverClient(String personId, Locality locality, ServiceLine serviceLine, Set<ClientFlag> flags,
                             String preferredLanguage, String preferredWorkerGender,
                             List<CurrentWorker> currentWorkers, SortedMap<String, Integer> familiarity,
                             Set<HandoverReason> reasons, LocalDate cutoverDate) {

    public HandoverClient {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(serviceLine, "serviceLine");
        Objects.requireNonNull(cutoverDate, "cutoverDate");
        if (locality == Locality.BOROUGH) {
            throw new IllegalArgumentException("client " + personId + ": BOROUGH is a team locality, not a client's");
        }
        EnumSet<ClientFlag> flagCopy = EnumSet.noneOf(ClientFlag.class);
        flagCopy.addAll(flags);
        flags = Collections.unmodifiableSet(flagCopy);
        currentWorkers = List.copyOf(currentWorkers);
        familiarity = Collections.unmodifiableSortedMap(new TreeMap<>(familiarity));
        EnumSet<HandoverReason> reasonCopy = EnumSet.noneOf(HandoverReason.class);
        reasonCopy.addAll(reasons);
        reasons = Collections.unmodifiableSet(reasonCopy);
    }

    public boolean has(ClientFlag flag) {
        return flags.contains(flag);
    }

    public boolean isLongStandingMentalHealth() {
        return reasons.contains(HandoverReason.LONG_STANDING_MH);
    }

    /** Merged ids of current workers who continue into the merged organisation, sorted. */
    public SortedSet<String> continuingWorkerIds() {
        SortedSet<String> ids = new TreeSet<>();
        for (CurrentWorker current : currentWorkers) {
            if (current.continues()) {
                ids.add(current.mergedWorkerId());
            }
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    public boolean isCurrentWorker(String mergedWorkerId) {
        for (CurrentWorker current : currentWorkers) {
            if (mergedWorkerId.equals(current.mergedWorkerId())) {
                return true;
            }
        }
        return false;
    }

    public int familiarityWith(String mergedWorkerId) {
        return familiarity.getOrDefault(mergedWorkerId, 0);
    }

    /** Required competencies: a care coordinator for clients on CPA, MH for mental-health clients. */
    public Set<Competency> requiredCompetencies() {
        EnumSet<Competency> required = EnumSet.noneOf(Competency.class);
        if (has(ClientFlag.CPA)) {
            required.add(Competency.CARE_COORDINATOR);
        }
        if (has(ClientFlag.MH)) {
            required.add(Competency.MH);
        }
        return Collections.unmodifiableSet(required);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HandoverClient && ((HandoverClient) other).personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }

    @Override
    public String toString() {
        return personId;
    }

}
