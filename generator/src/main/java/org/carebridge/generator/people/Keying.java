package org.carebridge.generator.people;

import java.time.LocalDate;
import java.util.Locale;
import org.carebridge.generator.random.Rng;

/**
 * How people's details drift between the records that describe them: typos of one or two characters,
 * nicknames, forename and surname swapped, day and month of birth transposed, an old address, a missing
 * or oddly spaced NHS number, postcodes in any case and spacing. Each record kind has its own rates.
 */
public final class Keying {

    /** Rates of each variation for one kind of record. */
    public record Rates(double typo, double nickname, double swapped, double transposedBirth, double oldAddress,
                        double nhsSpacing, double postcodeMessy, double postcodeMissing) {
    }

    public static final Rates COUNCIL = new Rates(0.03, 0.0, 0.01, 0.01, 0.5, 0.25, 0.2, 0.03);
    public static final Rates COUNCIL_DUPLICATE = new Rates(0.2, 0.2, 0.04, 0.05, 0.5, 0.25, 0.25, 0.08);
    public static final Rates OXLEAS = new Rates(0.04, 0.05, 0.02, 0.02, 0.5, 0.02, 0.04, 0.02);

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final NameCatalogue names = NameCatalogue.instance();

    /**
     * The person as one record keys them. {@code showsNhs} says whether this record carries the number;
     * {@code oldAddressSide} whether, for a person who moved, this record is the one left with the old address.
     */
    public KeyedIdentity key(Person person, Rates rates, boolean showsNhs, boolean oldAddressSide, Rng rng) {
        String forename = person.forename();
        String surname = person.surname();
        String preferred = null;
        String nickname = names.nickname(forename, rng);
        if (nickname != null && rng.chance(rates.nickname())) {
            forename = nickname;
        } else if (nickname != null && rng.chance(0.35)) {
            preferred = nickname;
        }
        if (rng.chance(rates.typo())) {
            if (rng.chance(0.5)) {
                forename = typo(forename, rng);
            } else {
                surname = typo(surname, rng);
            }
        }
        if (rng.chance(rates.swapped())) {
            String t = forename;
            forename = surname;
            surname = t;
        }
        LocalDate birth = person.birthDate();
        if (rng.chance(rates.transposedBirth()) && birth.getDayOfMonth() <= 12
                && birth.getDayOfMonth() != birth.getMonthValue()) {
            birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
        }
        Address address = person.previousHome() != null && oldAddressSide ? person.previousHome() : person.home();
        String postcode = rng.chance(rates.postcodeMissing()) ? null
                : rng.chance(rates.postcodeMessy()) ? messyPostcode(address.postcode(), rng) : address.postcode();
        String nhs = showsNhs && person.nhsNumber() != null
                ? (rng.chance(rates.nhsSpacing()) ? spaced(person.nhsNumber(), rng) : person.nhsNumber())
                : null;
        return new KeyedIdentity(forename, person.middleNames(), surname, preferred, birth, nhs, address, postcode);
    }

    /** One or two single-character edits: substitution, deletion, doubling or swapping neighbours. */
    static String typo(String name, Rng rng) {
        String result = name;
        int edits = rng.chance(0.75) ? 1 : 2;
        for (int e = 0; e < edits && result.length() > 2; e++) {
            int i = rng.between(1, result.length() - 1);
            StringBuilder b = new StringBuilder(result);
            switch (rng.between(0, 3)) {
                case 0 -> b.setCharAt(i, LETTERS.charAt(rng.between(0, 25)));
                case 1 -> b.deleteCharAt(i);
                case 2 -> b.insert(i, b.charAt(i));
                default -> {
                    char c = b.charAt(i);
                    b.setCharAt(i, b.charAt(i - 1));
                    b.setCharAt(i - 1, c);
                }
            }
            result = b.toString();
        }
        return result.equals(name) ? name + "e" : result;
    }

    static String spaced(String nhs, Rng rng) {
        String sep = rng.chance(0.7) ? " " : "-";
        return nhs.substring(0, 3) + sep + nhs.substring(3, 6) + sep + nhs.substring(6);
    }

    static String messyPostcode(String postcode, Rng rng) {
        return switch (rng.between(0, 3)) {
            case 0 -> postcode.toLowerCase(Locale.ROOT);
            case 1 -> postcode.replace(" ", "");
            case 2 -> " " + postcode.replace(" ", "  ");
            default -> postcode.replace(" ", "").toLowerCase(Locale.ROOT);
        };
    }
}
