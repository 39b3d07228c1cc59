package org.carebridge.identity.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Union-find over record indices with the safety constraints of identity resolution. Links are offered
 * strongest first; an automatic link that would break a constraint is refused (the caller sends the pair
 * to review), so a weak link never overrides a strong one — in effect the weakest link is the one split.
 *
 * <p>Constraints: reviewers' different-people decisions (cannot-link); at most one valid verified NHS
 * number per group; at most one earlier merged-person id per group; and, for automatic links, no record
 * of one group may look clearly like a different person from a record of the other
 * ({@link PairCheck}). Must-links (reviewers' same-person decisions, the council's own merges, earlier
 * merged persons) respect only the reviewers' cannot-links.
 */
public final class ConstrainedClustering {

    /** Whether two records could be one person; used to keep chains of links from joining strangers. */
    @FunctionalInterface
    public interface PairCheck {
        boolean compatible(int a, int b);
    }

    /** Groups larger than this product of sizes are not joined automatically: too big to check. */
    static final long MAX_CHECKED_PAIRS = 2_500;

    private final int[] parent;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<List<String>> verifiedNhs = new ArrayList<>();
    private final List<List<String>> existingIds = new ArrayList<>();
    private final Map<Integer, List<Integer>> cannotLinks = new HashMap<>();
    private final PairCheck check;

    /**
     * @param verifiedNhsNumbers per record its valid verified NHS number, or {@code null}
     * @param existingPersonIds  per record its merged-person id from earlier runs, or {@code null}
     */
    public ConstrainedClustering(String[] verifiedNhsNumbers, String[] existingPersonIds, PairCheck check) {
        int n = verifiedNhsNumbers.length;
        if (existingPersonIds.length != n) {
            throw new IllegalArgumentException("one NHS number and one existing id slot per record");
        }
        this.parent = new int[n];
        this.check = Objects.requireNonNull(check);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            List<Integer> own = new ArrayList<>(1);
            own.add(i);
            members.add(own);
            verifiedNhs.add(verifiedNhsNumbers[i] == null ? List.of() : List.of(verifiedNhsNumbers[i]));
            existingIds.add(existingPersonIds[i] == null ? List.of() : List.of(existingPersonIds[i]));
        }
    }

    /** Records a reviewer's different-people decision. Add all of them before linking. */
    public void cannotLink(int a, int b) {
        cannotLinks.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        cannotLinks.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }

    /** Joins two records' groups unless a reviewer said some of their records are different people. */
    public LinkRefusal mustLink(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return null;
        }
        if (separatedByDecision(ra, rb)) {
            return LinkRefusal.DIFFERENT_PEOPLE_DECISION;
        }
        union(ra, rb);
        return null;
    }

    /** Joins two records' groups when every constraint allows it; otherwise says why not. */
    public LinkRefusal link(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return null;
        }
        if (separatedByDecision(ra, rb)) {
            return LinkRefusal.DIFFERENT_PEOPLE_DECISION;
        }
        if (distinctUnion(verifiedNhs.get(ra), verifiedNhs.get(rb)) > 1) {
            return LinkRefusal.VERIFIED_NHS_CONFLICT;
        }
        if (distinctUnion(existingIds.get(ra), existingIds.get(rb)) > 1) {
            return LinkRefusal.EXISTING_PERSONS;
        }
        List<Integer> left = members.get(ra);
        List<Integer> right = members.get(rb);
        if ((long) left.size() * right.size() > MAX_CHECKED_PAIRS) {
            return LinkRefusal.INCOHERENT;
        }
        for (int x : left) {
            for (int y : right) {
                if (!(x == a && y == b) && !(x == b && y == a) && !check.compatible(x, y)) {
                    return LinkRefusal.INCOHERENT;
                }
            }
        }
        union(ra, rb);
        return null;
    }

    /** The earlier merged-person ids held by the record's group (none, or one unless a reviewer joined more). */
    public List<String> existingIdsOf(int record) {
        return existingIds.get(find(record));
    }

    public boolean together(int a, int b) {
        return find(a) == find(b);
    }

    /** Per record, the smallest record index in its group: a deterministic group id. */
    public int[] groups() {
        int n = parent.length;
        int[] smallest = new int[n];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int root = find(i);
            smallest[root] = Math.min(smallest[root], i);
        }
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = smallest[find(i)];
        }
        return groups;
    }

    private boolean separatedByDecision(int ra, int rb) {
        List<Integer> smaller = members.get(ra).size() <= members.get(rb).size() ? members.get(ra) : members.get(rb);
        int other = smaller == members.get(ra) ? rb : ra;
        for (int x : smaller) {
            for (int y : cannotLinks.getOrDefault(x, List.of())) {
                if (find(y) == other) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int distinctUnion(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        for (String s : b) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all.size();
    }

    private void union(int ra, int rb) {
        int big = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
        int small = big == ra ? rb : ra;
        parent[small] = big;
        members.get(big).addAll(members.get(small));
        members.set(small, List.of());
        verifiedNhs.set(big, merged(verifiedNhs.get(big), verifiedNhs.get(small)));
        existingIds.set(big, merged(existingIds.get(big), existingIds.get(small)));
        verifiedNhs.set(small, List.of());
        existingIds.set(small, List.of());
    }

    private static List<String> merged(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<String> all = new ArrayList<>(a);
        for (String s : b) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return List.copyOf(all);
    }

    private int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }
}
