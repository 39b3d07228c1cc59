package org.carebridge.generator.people;

import java.util.List;
import org.carebridge.generator.random.Rng;

/**
 * Synthetic but format-valid Bexley addresses: a house number on an invented street, the town of the
 * postcode district, and a postcode whose outward code is a real district of the locality.
 */
public final class AddressBook {

    private record District(String code, Locality locality, String town, String county, double weight) {
    }

    private static final List<District> DISTRICTS = List.of(
            new District("DA7", Locality.NORTH, "Bexleyheath", "Kent", 9),
            new District("DA8", Locality.NORTH, "Erith", "Kent", 8),
            new District("DA17", Locality.NORTH, "Belvedere", "Kent", 5),
            new District("DA18", Locality.NORTH, "Erith", "Kent", 3),
            new District("SE2", Locality.NORTH, "Abbey Wood", "London", 4),
            new District("SE28", Locality.NORTH, "Thamesmead", "London", 4),
            new District("DA1", Locality.CENTRAL, "Crayford", "Kent", 6),
            new District("DA5", Locality.CENTRAL, "Bexley", "Kent", 6),
            new District("DA6", Locality.CENTRAL, "Bexleyheath", "Kent", 7),
            new District("DA16", Locality.CENTRAL, "Welling", "Kent", 8),
            new District("DA14", Locality.SOUTH, "Sidcup", "Kent", 8),
            new District("DA15", Locality.SOUTH, "Sidcup", "Kent", 7),
            new District("SE9", Locality.SOUTH, "New Eltham", "London", 4),
            new District("BR5", Locality.SOUTH, "St Paul's Cray", "Kent", 2),
            new District("BR8", Locality.SOUTH, "Swanley", "Kent", 1.5),
            new District("SE18", Locality.NORTH, "Plumstead", "London", 1.2),
            new District("DA2", Locality.CENTRAL, "Dartford", "Kent", 1.2));

    private static final double[] WEIGHTS = DISTRICTS.stream().mapToDouble(District::weight).toArray();

    private static final String[] STEMS = {"Ash", "Beech", "Birch", "Cedar", "Chestnut", "Clover", "Elm", "Fern",
        "Glebe", "Hawthorn", "Hazel", "Heath", "Holly", "Juniper", "Larch", "Laurel", "Linden", "Maple", "Meadow",
        "Mill", "Orchard", "Poplar", "Rowan", "Sycamore", "Thorn", "Willow", "Yew", "Abbey", "Church", "Station",
        "Victoria", "Albert", "Kings", "Queens", "Park", "Manor", "Brook", "Bramble", "Kestrel", "Lark", "Wren",
        "Falcon", "Harrow", "Lime", "Oak", "Pine", "Saxon", "Tudor", "Windsor", "Milton", "Byron", "Keats",
        "Shelley", "Nelson", "Wellington", "Crown", "Rose", "Ivy", "Heron", "Spring"};
    private static final String[] ENDINGS = {"", "wood", "field", "dale", "mead", "hurst", "croft", "leigh"};
    private static final String[] SUFFIXES = {"Road", "Avenue", "Close", "Gardens", "Crescent", "Way", "Lane",
        "Drive", "Grove", "Court", "Rise", "Place", "Street", "Walk"};
    private static final String[] BLOCKS = {"Lesney", "Howbury", "Thames", "Riverside", "Crossness", "Belmont",
        "Arthur", "Danson", "Hall Place", "Foots Cray", "Lamorbey", "Wickham"};
    /** Letters a postcode's inward code may hold. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    public Address draw(Rng rng) {
        District district = DISTRICTS.get(rng.weighted(WEIGHTS));
        String street = rng.pick(STEMS) + rng.pick(ENDINGS) + " " + rng.pick(SUFFIXES);
        String line1;
        if (rng.chance(0.18)) {
            line1 = "Flat " + rng.between(1, 48) + ", " + rng.pick(BLOCKS) + " House, " + street;
        } else {
            line1 = rng.between(1, 240) + (rng.chance(0.04) ? "A" : "") + " " + street;
        }
        String postcode = district.code() + " " + rng.between(1, 9)
                + INWARD_LETTERS.charAt(rng.between(0, INWARD_LETTERS.length() - 1))
                + INWARD_LETTERS.charAt(rng.between(0, INWARD_LETTERS.length() - 1));
        return new Address(line1, district.town(), rng.chance(0.7) ? district.county() : null, postcode,
                district.locality());
    }
}
