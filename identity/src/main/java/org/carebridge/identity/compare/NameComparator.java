package org.carebridge.identity.compare;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.normalise.NormalisedPerson;

/**
 * Forename and surname levels: exact, nickname or other-given-name alias, double-barrelled part, and
 * Jaro-Winkler bands (Commons Text). When the names agree only crosswise (forename keyed as surname and
 * the other way round) both count at the {@code jw>0.92} band and the pair is flagged as swapped.
 */
final class NameComparator {

    static final int F_EXACT = Field.FORENAME.level("exact");
    static final int F_ALIAS = Field.FORENAME.level("alias");
    static final int F_JW92 = Field.FORENAME.level("jw>0.92");
    static final int F_JW88 = Field.FORENAME.level("jw>0.88");
    static final int F_INITIAL = Field.FORENAME.level("initial");
    static final int F_JW70 = Field.FORENAME.level("jw>0.70");
    static final int F_DIFFERENT = Field.FORENAME.different();
    static final int S_EXACT = Field.SURNAME.level("exact");
    static final int S_PART = Field.SURNAME.level("part");
    static final int S_JW92 = Field.SURNAME.level("jw>0.92");
    static final int S_JW88 = Field.SURNAME.level("jw>0.88");
    static final int S_JW70 = Field.SURNAME.level("jw>0.70");
    static final int S_DIFFERENT = Field.SURNAME.different();

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final NicknameTable nicknames;

    NameComparator(NicknameTable nicknames) {
        this.nicknames = nicknames;
    }

    /** Forename and surname levels, and {@link ComparisonVector#NAMES_SWAPPED} when crosswise agreement won. */
    int compare(NormalisedPerson a, NormalisedPerson b) {
        int forename = forename(a, b);
        int surname = surname(a, b);
        int vector = ComparisonVector.with(ComparisonVector.with(0, Field.FORENAME, forename), Field.SURNAME, surname);
        if (strong(forename, surname) || a.forename() == null || b.forename() == null || a.surname() == null
                || b.surname() == null) {
            return vector;
        }
        // Crosswise: a's forename against b's surname and a's surname against b's forename.
        if (similarAtLeast92(a.forename(), b.surname()) && similarAtLeast92(a.surname(), b.forename())) {
            vector = ComparisonVector.with(vector, Field.FORENAME, F_JW92);
            vector = ComparisonVector.with(vector, Field.SURNAME, S_JW92);
            return vector | ComparisonVector.NAMES_SWAPPED;
        }
        return vector;
    }

    int forename(NormalisedPerson a, NormalisedPerson b) {
        String x = a.forename();
        String y = b.forename();
        if (x == null || y == null) {
            return Field.MISSING;
        }
        if (x.equals(y) || (a.forenameJoined() != null && a.forenameJoined().equals(b.forenameJoined()))) {
            return F_EXACT;
        }
        if (nicknames.areAliases(x, y) || contains(a.otherGivenNames(), y) || contains(b.otherGivenNames(), x)) {
            return F_ALIAS;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? F_INITIAL : F_DIFFERENT;
        }
        double similarity = jaroWinkler.apply(x, y);
        if (similarity >= 0.92) {
            return F_JW92;
        }
        if (similarity >= 0.88) {
            return F_JW88;
        }
        return similarity >= 0.70 ? F_JW70 : F_DIFFERENT;
    }

    int surname(NormalisedPerson a, NormalisedPerson b) {
        String x = a.surname();
        String y = b.surname();
        if (x == null || y == null) {
            return Field.MISSING;
        }
        if (x.equals(y)) {
            return S_EXACT;
        }
        if ((a.surnameTokens().size() > 1 || b.surnameTokens().size() > 1) && sharePart(a.surnameTokens(),
                b.surnameTokens())) {
            return S_PART;
        }
        double similarity = jaroWinkler.apply(x, y);
        if (similarity >= 0.92) {
            return S_JW92;
        }
        if (similarity >= 0.88) {
            return S_JW88;
        }
        return similarity >= 0.70 ? S_JW70 : S_DIFFERENT;
    }

    private boolean strong(int forename, int surname) {
        return (forename == F_EXACT || forename == F_ALIAS || forename == F_JW92)
                && (surname == S_EXACT || surname == S_PART || surname == S_JW92);
    }

    private boolean similarAtLeast92(String x, String y) {
        return x.equals(y) || (x.length() > 1 && y.length() > 1 && jaroWinkler.apply(x, y) >= 0.92);
    }

    private static boolean sharePart(List<String> x, List<String> y) {
        for (String part : x) {
            if (part.length() > 1 && y.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<String> names, String name) {
        return !names.isEmpty() && names.contains(name);
    }
}
