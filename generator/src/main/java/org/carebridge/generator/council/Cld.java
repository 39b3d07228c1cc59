package org.carebridge.generator.council;

import java.util.Locale;
import org.carebridge.generator.random.Rng;

/**
 * Values of the Adult Social Care Client Level Data lists (shared/reference/cld_code_lists.csv) in both
 * spellings: release 1 "Title Case" and release 2 "Sentence case". Real extracts mix them and carry a
 * little junk of case and surrounding whitespace; nothing else, so every value still maps.
 */
final class Cld {

    /** One list value in its two spellings (the same text when the releases agree). */
    record Value(String r1, String r2) {
        static Value same(String both) {
            return new Value(both, both);
        }
    }

    static final Value LTS_NURSING = new Value("Long Term Support: Nursing Care", "Long term support: Nursing care");
    static final Value LTS_RESIDENTIAL = new Value("Long Term Support: Residential Care",
            "Long term support: Residential care");
    static final Value LTS_COMMUNITY = new Value("Long Term Support: Community", "Long term support: Community");
    static final Value ST_MAX = new Value("Short Term Support: ST-Max", "Short term support: ST-Max");
    static final Value ST_LOW_LEVEL = new Value("Short Term Support: Ongoing Low Level",
            "Short term support: Ongoing low level");
    static final Value ST_OTHER = new Value("Short Term Support: Other Short Term",
            "Short term support: Other short term");

    static final Value DM_DIRECT_PAYMENT = new Value("Direct Payment", "Direct payment");
    static final Value DM_MANAGED_BUDGET = new Value("CASSR Managed Personal Budget", "CASSR managed personal budget");
    static final Value DM_COMMISSIONED = new Value("CASSR Commissioned Support", "CASSR commissioned support");

    static final Value PSR_ACCESS = new Value("Physical Support: Access & mobility only",
            "Physical support: Access and mobility only");
    static final Value PSR_PERSONAL_CARE = new Value("Physical Support: Personal care support",
            "Physical support: Personal care support");
    static final Value PSR_VISUAL = new Value("Sensory Support: Support for visual impairment",
            "Sensory support: Support for visual impairment");
    static final Value PSR_HEARING = new Value("Sensory Support: Support for hearing impairment",
            "Sensory support: Support for hearing impairment");
    static final Value PSR_MEMORY = new Value("Support with Memory & Cognition", "Support with memory and cognition");
    static final Value PSR_LD = new Value("Learning Disability Support", "Learning disability support");
    static final Value PSR_MH = new Value("Mental Health Support", "Mental health support");
    static final Value PSR_SUBSTANCE = new Value("Social Support: Substance misuse support",
            "Social support: Substance misuse support");
    static final Value PSR_ISOLATION = new Value("Social Support: Support for Social Isolation/Other",
            "Social support: Support for social isolation or other reason");

    static final Value OUT_TO_ASSESSMENT = new Value("Progress to Assessment",
            "Progress to assessment, review or reassessment");
    static final Value OUT_TO_REABLEMENT = new Value("Progress to Reablement/ST-Max", "Progress to reablement/ST-Max");
    static final Value OUT_TO_SERVICES = new Value("Progress to Support Planning / Services",
            "Progress to support planning or services");
    static final Value OUT_CONTINUATION = new Value("No change in package", "Continuation of support or services");
    static final Value OUT_SIGNPOSTING = new Value("NFA - Information & Advice / Signposting only",
            "NFA: Information and advice or signposting");
    static final Value OUT_ENDED = new Value("Service ended as planned", "NFA: Support ended as planned");
    static final Value OUT_DECEASED = new Value("NFA - Deceased", "NFA: Deceased");
    static final Value OUT_DECLINED = new Value("NFA - Support declined", "NFA: Support declined");
    static final Value OUT_HOSPITAL = Value.same("Admitted to hospital");

    /** Cost_Frequency_Unit_Type values (release 2 only lists them). */
    static final String PER_SESSION = "Per session";
    static final String HOURLY = "Hourly";
    static final String DAILY = "Daily";
    static final String WEEKLY = "Weekly";
    static final String FORTNIGHTLY = "Fortnightly";
    static final String FOUR_WEEKLY = "4-weekly";
    static final String MONTHLY = "Monthly";
    static final String QUARTERLY = "Quarterly";
    static final String ANNUALLY = "Annually";
    static final String ONE_OFF = "One-off";
    static final String NO_CHARGE = "No charge to client";

    private Cld() {
    }

    /** The value in the spelling of one release or the other, now and then with junk of case or whitespace. */
    static String spell(Value value, Rng rng) {
        return junk(rng.chance(0.5) ? value.r1() : value.r2(), rng);
    }

    static String junk(String text, Rng rng) {
        if (!rng.chance(0.03)) {
            return text;
        }
        return switch (rng.between(0, 3)) {
            case 0 -> text + " ";
            case 1 -> " " + text;
            case 2 -> text.toUpperCase(Locale.ROOT);
            default -> text.toLowerCase(Locale.ROOT);
        };
    }

    /** Whether payments at this frequency need PLANNED_UNITS_PER_WEEK (the unit is shorter than a week). */
    static boolean subWeekly(String frequency) {
        return PER_SESSION.equals(frequency) || HOURLY.equals(frequency) || DAILY.equals(frequency);
    }
}
