package org.carebridge.wave;

/**
 * Who is who: every merged person and the legacy person records (council clients, Oxleas patients) identity
 * resolution has linked to them. Waves are chosen, gated and loaded person by person.
 *
 * <p>Planning joins the directory with staging inside the database and reads it back sorted by person (a borough's
 * million records are never held in memory at once), so the directory is named as a relation.
 */
public interface PersonDirectory {

    /**
     * A table or view with one row per legacy person record: {@code person_id}, {@code source_system}
     * ({@code COUNCIL} or {@code OXLEAS}) and {@code source_id}.
     */
    String relation();
}
