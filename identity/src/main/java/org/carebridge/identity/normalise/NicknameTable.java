package org.carebridge.identity.normalise;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given-name equivalences (William, Bill, Will, Liam …). Each row of the table is a group: a formal name
 * and its usual short forms and spellings. Two names are aliases when some group holds both. A name in
 * several groups (Chris: Christopher, Christine) is an alias of each group's names, but groups are not
 * chained together.
 */
public final class NicknameTable {

    private static final String DEFAULT_RESOURCE = "nicknames.csv";

    private final Map<String, BitSet> groupsByName;
    private final List<String> formalNames;

    private NicknameTable(Map<String, BitSet> groupsByName, List<String> formalNames) {
        this.groupsByName = groupsByName;
        this.formalNames = formalNames;
    }

    /** The table shipped with the module ({@code nicknames.csv}, compiled by the Carebridge team). */
    public static NicknameTable standard() {
        try (InputStream in = NicknameTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads a table: a header row, then one group per row, formal name first. Names are normalised. */
    public static NicknameTable read(Reader csv) {
        Map<String, BitSet> groups = new HashMap<>();
        List<String> formal = new ArrayList<>();
        try (CSVReader reader = new CSVReader(csv)) {
            List<String[]> rows = reader.readAll();
            for (int r = 1; r < rows.size(); r++) {
                int group = formal.size();
                String formalName = null;
                for (String cell : rows.get(r)) {
                    String name = NameNormaliser.joined(NameNormaliser.tokens(cell));
                    if (name == null) {
                        continue;
                    }
                    if (formalName == null) {
                        formalName = name;
                    }
                    groups.computeIfAbsent(name, n -> new BitSet()).set(group);
                }
                if (formalName != null) {
                    formal.add(formalName);
                }
            }
        } catch (IOException | CsvException e) {
            throw new IllegalStateException("the nickname table cannot be read as CSV", e);
        }
        return new NicknameTable(groups, List.copyOf(formal));
    }

    /** Whether the two (normalised) names share a group. A name is not its own alias: that is exact agreement. */
    public boolean areAliases(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return false;
        }
        BitSet ga = groupsByName.get(a);
        BitSet gb = groupsByName.get(b);
        return ga != null && gb != null && ga.intersects(gb);
    }

    /**
     * The formal name of the first group that holds {@code name}, or the name itself: a blocking key that
     * puts Bill and William together.
     */
    public String canonical(String name) {
        if (name == null) {
            return null;
        }
        BitSet groups = groupsByName.get(name);
        return groups == null ? name : formalNames.get(groups.nextSetBit(0));
    }

    /** Every other name that shares a group with {@code name}, in alphabetical order. */
    public List<String> aliases(String name) {
        BitSet groups = name == null ? null : groupsByName.get(name);
        if (groups == null) {
            return List.of();
        }
        java.util.TreeSet<String> aliases = new java.util.TreeSet<>();
        groupsByName.forEach((other, otherGroups) -> {
            if (!other.equals(name) && otherGroups.intersects(groups)) {
                aliases.add(other);
            }
        });
        return List.copyOf(aliases);
    }

    public int groups() {
        return formalNames.size();
    }
}
