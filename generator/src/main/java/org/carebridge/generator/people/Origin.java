package org.carebridge.generator.people;

import org.carebridge.generator.random.Rng;

/**
 * The name traditions of a diverse London borough, with roughly Bexley's mix, and the ethnicity and
 * preferred-language codes that usually go with them (council local codes, NHS ethnic category,
 * ISO 639-1). The link is loose on purpose: people are not their names.
 */
public enum Origin {
    ENGLISH(0.655, new String[] {"WBRI", "WOTH", "MWAS", "MOTH"}, new String[] {"A", "C", "F", "G"},
            new double[] {94, 3, 1.5, 1.5}, 0.0, "en"),
    IRISH(0.03, new String[] {"WIRI", "WIRT", "WBRI"}, new String[] {"B", "C", "A"}, new double[] {85, 5, 10},
            0.0, "en"),
    WEST_AFRICAN(0.09, new String[] {"BAFR", "BOTH", "MWBA"}, new String[] {"N", "P", "E"}, new double[] {88, 6, 6},
            0.18, "yo", "ig", "tw"),
    SOUTH_ASIAN(0.085, new String[] {"AIND", "APKN", "ABAN", "AOTH"}, new String[] {"H", "J", "K", "L"},
            new double[] {55, 25, 8, 12}, 0.32, "pa", "ur", "gu", "hi", "bn"),
    EAST_EUROPEAN(0.055, new String[] {"WOTH", "WROM"}, new String[] {"C", "C"}, new double[] {95, 5}, 0.42,
            "pl", "lt", "ro"),
    TURKISH(0.015, new String[] {"WOTH", "OOTH"}, new String[] {"C", "S"}, new double[] {70, 30}, 0.38, "tr"),
    CHINESE(0.015, new String[] {"CHNE", "AOTH"}, new String[] {"R", "L"}, new double[] {90, 10}, 0.40, "zh"),
    CARIBBEAN(0.055, new String[] {"BCRB", "MWBC", "BOTH"}, new String[] {"M", "D", "P"}, new double[] {80, 15, 5},
            0.0, "en");

    private final double share;
    private final String[] councilCodes;
    private final String[] nhsCodes;
    private final double[] codeWeights;
    private final double otherLanguageShare;
    private final String[] languages;

    Origin(double share, String[] councilCodes, String[] nhsCodes, double[] codeWeights, double otherLanguageShare,
           String... languages) {
        this.share = share;
        this.councilCodes = councilCodes;
        this.nhsCodes = nhsCodes;
        this.codeWeights = codeWeights;
        this.otherLanguageShare = otherLanguageShare;
        this.languages = languages;
    }

    public static Origin draw(Rng rng) {
        Origin[] all = values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].share;
        }
        return all[rng.weighted(weights)];
    }

    /** One ethnicity as the council and the NHS would each record it: index into both code lists. */
    int drawEthnicity(Rng rng) {
        return rng.weighted(codeWeights);
    }

    String councilCode(int ethnicity) {
        return councilCodes[ethnicity];
    }

    String nhsCode(int ethnicity) {
        return nhsCodes[ethnicity];
    }

    /** The preferred language: English for most, the tradition's own language for some. */
    String drawLanguage(Rng rng) {
        return rng.chance(otherLanguageShare) ? rng.pick(languages) : "en";
    }

    /** A language other than English a speaker of this tradition may have, or {@code null}. */
    public String secondLanguage() {
        return languages[0].equals("en") ? null : languages[0];
    }
}
