package org.carebridge.generator.people;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.random.ZipfPicker;

/**
 * The embedded name lists (forenames by sex, surnames) per {@link Origin}, each ordered from common to
 * rare and drawn Zipf-like, and the nicknames people use for formal forenames (William - Bill).
 */
public final class NameCatalogue {

    /** Flatter than a true Zipf law: the embedded lists are short heads of much longer real distributions. */
    private static final double FORENAME_EXPONENT = 0.7;
    private static final double SURNAME_EXPONENT = 0.6;
    /** English surnames are drawn from this long synthetic tail this often, so that not everyone is a Smith. */
    private static final double ENGLISH_TAIL = 0.45;
    private static final String[] TAIL_STEMS = {"Ash", "Black", "Brad", "Brook", "Bur", "Cart", "Chad", "Clay",
        "Cold", "Cran", "Dal", "Dun", "East", "Fair", "Fern", "Gar", "Green", "Hal", "Hart", "Hay", "Hol", "Kings",
        "Lang", "Led", "Long", "Mar", "Mid", "Mor", "New", "North", "Pem", "Pen", "Rad", "Ram", "Red", "Rock", "Rod",
        "Sal", "Shel", "South", "Stan", "Stock", "Thorn", "Wal", "War", "West", "Whit", "Wil", "Win", "Wood"};
    private static final String[] TAIL_ENDINGS = {"ford", "ley", "ton", "worth", "well", "field", "more", "combe",
        "shaw", "by", "ham", "bury", "wick", "stead", "wood", "ridge", "ington", "er", "den", "cott"};

    private final Map<Origin, ZipfPicker<String>> male = new EnumMap<>(Origin.class);
    private final Map<Origin, ZipfPicker<String>> female = new EnumMap<>(Origin.class);
    private final Map<Origin, ZipfPicker<String>> surnames = new EnumMap<>(Origin.class);
    private final Map<String, List<String>> nicknames = new TreeMap<>();

    private NameCatalogue() {
        Map<Origin, List<String>> m = new EnumMap<>(Origin.class);
        Map<Origin, List<String>> f = new EnumMap<>(Origin.class);
        Map<Origin, List<String>> s = new EnumMap<>(Origin.class);
        for (String[] row : readResource("names.csv")) {
            Origin origin = Origin.valueOf(row[0]);
            Map<Origin, List<String>> target = switch (row[1]) {
                case "M" -> m;
                case "F" -> f;
                default -> s;
            };
            target.computeIfAbsent(origin, o -> new ArrayList<>()).add(row[2]);
        }
        for (Origin origin : Origin.values()) {
            male.put(origin, new ZipfPicker<>(m.get(origin), FORENAME_EXPONENT));
            female.put(origin, new ZipfPicker<>(f.get(origin), FORENAME_EXPONENT));
            surnames.put(origin, new ZipfPicker<>(s.get(origin), SURNAME_EXPONENT));
        }
        for (String[] row : readResource("nicknames.csv")) {
            nicknames.put(row[0], List.of(row[1].split(";")));
        }
    }

    private static final NameCatalogue INSTANCE = new NameCatalogue();

    public static NameCatalogue instance() {
        return INSTANCE;
    }

    public String forename(Origin origin, boolean maleName, Rng rng) {
        return (maleName ? male : female).get(origin).pick(rng);
    }

    public String surname(Origin origin, Rng rng) {
        if (origin == Origin.ENGLISH && rng.chance(ENGLISH_TAIL)) {
            return rng.pick(TAIL_STEMS) + rng.pick(TAIL_ENDINGS);
        }
        return surnames.get(origin).pick(rng);
    }

    /** A nickname for {@code forename}, or {@code null} when people do not shorten it. */
    public String nickname(String forename, Rng rng) {
        List<String> options = nicknames.get(forename);
        return options == null ? null : rng.pick(options);
    }

    private static List<String[]> readResource(String name) {
        try (InputStream in = NameCatalogue.class.getResourceAsStream("/org/carebridge/generator/" + name);
             CSVReader csv = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = csv.readAll();
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded list " + name + " cannot be read", e);
        } catch (CsvException e) {
            throw new IllegalStateException("embedded list " + name + " is not valid CSV", e);
        }
    }
}
