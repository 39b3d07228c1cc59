package org.carebridge.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.carebridge.identity.blocking.CandidatePairs;
import org.carebridge.identity.compare.PairComparator;
import org.carebridge.identity.normalise.NormalisedPerson;
import org.carebridge.identity.person.PersonRecord;

/**
 * The candidate pairs of one resolution, ready to compare: the run's records in their normalised form and the
 * pairs blocking found, in a fixed order. Comparing is the costly part of a resolution, and any range of pairs can
 * be compared on its own ({@link #compare(int, int)}), so a {@link PairComparisons} may split it between processes
 * that each build the same set from the same records ({@link IdentityResolver#candidates(List)}); the
 * {@link #fingerprint()} tells whether they did.
 */
public final class CandidateSet {

    private final List<NormalisedPerson> people;
    private final CandidatePairs pairs;
    private final PairComparator comparator;
    private final boolean parallel;
    private String fingerprint;

    CandidateSet(List<NormalisedPerson> people, CandidatePairs pairs, PairComparator comparator, boolean parallel) {
        this.people = people;
        this.pairs = pairs;
        this.comparator = comparator;
        this.parallel = parallel;
    }

    /** How many pairs there are to compare. */
    public int size() {
        return pairs.size();
    }

    /** How many records take part. */
    public int records() {
        return people.size();
    }

    /**
     * The comparison vectors of pairs {@code from} (inclusive) to {@code to} (exclusive), in pair order, on all cores
     * unless the settings say otherwise.
     */
    public int[] compare(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("pairs " + from + " to " + to + " of " + size());
        }
        int[] vectors = new int[to - from];
        IntStream range = IntStream.range(from, to);
        (parallel ? range.parallel() : range).forEach(i ->
                vectors[i - from] = comparator.compare(people.get(pairs.first(i)), people.get(pairs.second(i))));
        return vectors;
    }

    /**
     * SHA-256 over every taking-part record's values, in the run's order, and every pair: equal only when two
     * processes would compare exactly the same pairs of exactly the same records. Hex; no personal data can be read
     * back from it.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            MessageDigest sha = sha256();
            for (NormalisedPerson person : people) {
                PersonRecord r = person.source();
                for (Object value : new Object[] {r.ref().system().name(), r.ref().id(), r.nhsNumber(),
                        r.nhsNumberStatus(), r.forename(), r.middleNames(), r.surname(), r.preferredName(),
                        r.dateOfBirth(), r.gender().name(), r.postcode(), r.status().name(), r.mergedIntoId()}) {
                    sha.update(text(value).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sha.update((byte) 0x1e);
            }
            ByteBuffer buffer = ByteBuffer.allocate(8 * 4096);
            for (int i = 0; i < pairs.size(); i++) {
                if (!buffer.hasRemaining()) {
                    sha.update(buffer.flip());
                    buffer.clear();
                }
                buffer.putLong(pairs.pair(i));
            }
            sha.update(buffer.flip());
            fingerprint = HexFormat.of().formatHex(sha.digest());
        }
        return fingerprint;
    }

    List<NormalisedPerson> people() {
        return people;
    }

    CandidatePairs pairs() {
        return pairs;
    }

    private static String text(Object value) {
        if (value == null) {
            return "\u0000";
        }
        return value instanceof LocalDate date ? date.toString() : value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
