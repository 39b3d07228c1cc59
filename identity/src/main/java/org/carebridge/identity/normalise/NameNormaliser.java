package org.carebridge.identity.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a keyed name into the form names are compared in: upper case, diacritics removed, apostrophes
 * dropped ({@code O'Brien} is {@code OBRIEN}), every other punctuation mark a token break, so that
 * {@code Smith-Jones} and {@code Smith Jones} give the same tokens.
 */
public final class NameNormaliser {

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static final Map<Character, String> UNDECOMPOSED = Map.of(
            'Ø', "O", 'Æ', "AE", 'Œ', "OE", 'Ł', "L", 'Đ', "D", 'Þ', "TH", 'ß', "SS", 'ı', "I");
    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "MX", "DR", "REV", "SIR", "DAME",
            "LADY", "LORD", "PROF");

    private NameNormaliser() {
    }

    /** The name's tokens; empty when nothing usable was keyed. Leading titles are dropped when more follows. */
    public static List<String> tokens(String keyed) {
        if (keyed == null || keyed.isBlank()) {
            return List.of();
        }
        String decomposed = Normalizer.normalize(keyed, Normalizer.Form.NFD);
        StringBuilder clean = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '`') {
                continue;
            }
            String replacement = UNDECOMPOSED.getOrDefault(c, UNDECOMPOSED.get(Character.toUpperCase(c)));
            if (replacement != null) {
                clean.append(replacement);
            } else {
                char upper = Character.toUpperCase(c);
                clean.append(upper >= 'A' && upper <= 'Z' ? upper : ' ');
            }
        }
        List<String> tokens = new ArrayList<>(3);
        int start = -1;
        for (int i = 0; i <= clean.length(); i++) {
            boolean letter = i < clean.length() && clean.charAt(i) != ' ';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                tokens.add(clean.substring(start, i));
                start = -1;
            }
        }
        while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        return tokens;
    }

    /** The tokens run together: the form exact agreement is tested on. {@code null} when empty. */
    public static String joined(List<String> tokens) {
        return tokens.isEmpty() ? null : String.join("", tokens);
    }
}
