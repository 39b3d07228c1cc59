package org.carebridge.generator.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.teams.CouncilTeam;

/**
 * Care packages (SERVICES rows) that fit the team's service area: CLD service type, component and delivery
 * mechanism, a provider, and a unit cost in pounds and pence at a cost frequency. Every CLD cost frequency
 * occurs; planned units per week are given exactly when the frequency is shorter than a week.
 */
final class CarePackages {

    /** What one package costs and how it is paid, before dates. */
    record Package(String serviceType, String component, String deliveryMechanism, String cqcLocation,
                   String provider, String unitCost, String frequency, String plannedUnitsPerWeek) {
    }

    private enum Kind {
        HOME_SUPPORT, RESIDENTIAL, NURSING, DAY_SUPPORT, MEALS, EQUIPMENT, TRANSPORT, DIRECT_PAYMENT,
        SUPPORTED_LIVING, SHARED_LIVES, EXTRA_CARE, REABLEMENT, SOCIAL_WORK, LEARNING, SHORT_RESIDENTIAL
    }

    private record Provider(String name, String cqc) {
    }

    private static final List<Provider> HOMECARE = providers("Bexley Homecare Ltd", "Riverside Care Services",
            "Thames Gateway Home Support", "Crayford Community Care", "Sidcup Home Helpers", "Welling Care at Home",
            "Smith, Jones & Partners Care Ltd", "Kentish Care Partners", "Brightwater Domiciliary Care",
            "Heathside Home Care");
    private static final List<Provider> CARE_HOMES = providers("Danson Lodge Care Home", "Lamorbey Court",
            "Belvedere Manor", "Hurst Park Residential Home", "Erith View Care Centre", "St Mary's Nursing Home",
            "The Willows, Sidcup", "Marlowe House");
    private static final List<Provider> DAY_CENTRES = providers("Bexley Day Opportunities Centre",
            "Foots Cray Day Centre", "Crayford Community Hub", "Welling Resource Centre");
    private static final List<Provider> SUPPORTED = providers("Bexley Supported Living Ltd",
            "Thameside Support Services", "Pathway Support Living", "Greenacre Housing and Support");
    private static final Provider TRANSPORT = provider("Bexley Community Transport");
    private static final Provider EQUIPMENT = provider("Bexley Community Equipment Service");
    private static final Provider MEALS = provider("Bexley Hot Meals Service");
    private static final Provider SHARED_LIVES = provider("Bexley Shared Lives Scheme");
    private static final Provider LEARNING = provider("Bexley Adult Learning and Employment");
    private static final Provider COUNCIL = new Provider("London Borough of Bexley", null);
    private static final Provider REABLEMENT = provider("Bexley Reablement Service");

    Package draw(CouncilTeam team, Rng rng) {
        Kind kind = kindFor(team, rng);
        return switch (kind) {
            case HOME_SUPPORT -> community(rng, Cld.LTS_COMMUNITY, "Home support or domiciliary care",
                    rng.pick(HOMECARE), Cld.HOURLY, money(rng, 19.5, 27.8), units(rng, 3.5, 28, 0.25));
            case RESIDENTIAL -> fixed(rng, Cld.LTS_RESIDENTIAL, "Long term residential care", rng.pick(CARE_HOMES),
                    weeklyOrFourWeekly(rng, 750, 1350));
            case NURSING -> fixed(rng, Cld.LTS_NURSING, "Long term nursing care", rng.pick(CARE_HOMES),
                    weeklyOrFourWeekly(rng, 950, 1600));
            case DAY_SUPPORT -> rng.chance(0.6)
                    ? community(rng, Cld.LTS_COMMUNITY, "Day support", rng.pick(DAY_CENTRES), Cld.PER_SESSION,
                        money(rng, 35, 85), units(rng, 1, 5, 1))
                    : community(rng, Cld.LTS_COMMUNITY, "Day support", rng.pick(DAY_CENTRES), Cld.DAILY,
                        money(rng, 45, 95), units(rng, 1, 5, 1));
            case MEALS -> community(rng, Cld.LTS_COMMUNITY, "Meals", MEALS, Cld.DAILY, money(rng, 4.5, 7.5),
                    units(rng, 5, 7, 1));
            case EQUIPMENT -> rng.chance(0.7)
                    ? fixed(rng, Cld.ST_LOW_LEVEL, "Equipment", EQUIPMENT, new Cost(money(rng, 45, 1800), Cld.ONE_OFF))
                    : fixed(rng, Cld.ST_LOW_LEVEL, "Equipment", EQUIPMENT, rng.chance(0.5)
                        ? new Cost(money(rng, 150, 320), Cld.ANNUALLY) : new Cost(money(rng, 40, 90), Cld.QUARTERLY));
            case TRANSPORT -> community(rng, Cld.LTS_COMMUNITY, "Transport", TRANSPORT, Cld.PER_SESSION,
                    money(rng, 12, 35), units(rng, 2, 5, 1));
            case DIRECT_PAYMENT -> directPayment(rng);
            case SUPPORTED_LIVING -> {
                Cost cost = rng.chance(0.7) ? new Cost(money(rng, 600, 2400), Cld.WEEKLY)
                        : new Cost(money(rng, 2600, 10400), Cld.MONTHLY);
                yield fixed(rng, Cld.LTS_COMMUNITY, "Community supported living", rng.pick(SUPPORTED), cost);
            }
            case SHARED_LIVES -> fixed(rng, Cld.LTS_COMMUNITY, "Shared Lives", SHARED_LIVES,
                    new Cost(money(rng, 350, 650), Cld.WEEKLY));
            case EXTRA_CARE -> fixed(rng, Cld.LTS_COMMUNITY, "Extra care housing", rng.pick(SUPPORTED),
                    new Cost(money(rng, 180, 420), Cld.WEEKLY));
            case REABLEMENT -> rng.chance(0.8)
                    ? fixed(rng, Cld.ST_MAX, "Reablement", REABLEMENT, new Cost("0.00", Cld.NO_CHARGE))
                    : community(rng, Cld.ST_MAX, "Reablement", REABLEMENT, Cld.HOURLY, money(rng, 22, 30),
                        units(rng, 3.5, 14, 0.5));
            case SOCIAL_WORK -> fixed(rng, Cld.LTS_COMMUNITY, "Professional support: Social worker", COUNCIL,
                    new Cost("0.00", Cld.NO_CHARGE));
            case LEARNING -> community(rng, Cld.LTS_COMMUNITY, "Learning, education or employment support", LEARNING,
                    Cld.PER_SESSION, money(rng, 25, 60), units(rng, 1, 4, 1));
            case SHORT_RESIDENTIAL -> rng.chance(0.7)
                    ? fixed(rng, Cld.ST_OTHER, "Short term residential care", rng.pick(CARE_HOMES),
                        new Cost(money(rng, 800, 1250), Cld.WEEKLY))
                    : community(rng, Cld.ST_OTHER, "Short term residential care", rng.pick(CARE_HOMES), Cld.DAILY,
                        money(rng, 115, 180), units(rng, 1, 7, 1));
        };
    }

    private static Kind kindFor(CouncilTeam team, Rng rng) {
        return switch (team.serviceArea()) {
            case "OP" -> pick(rng, new Kind[] {Kind.HOME_SUPPORT, Kind.RESIDENTIAL, Kind.NURSING, Kind.DAY_SUPPORT,
                Kind.MEALS, Kind.EQUIPMENT, Kind.DIRECT_PAYMENT, Kind.EXTRA_CARE, Kind.SHORT_RESIDENTIAL,
                Kind.TRANSPORT}, 35, 15, 8, 8, 6, 8, 8, 5, 4, 3);
            case "PD" -> pick(rng, new Kind[] {Kind.HOME_SUPPORT, Kind.DIRECT_PAYMENT, Kind.EQUIPMENT,
                Kind.DAY_SUPPORT, Kind.TRANSPORT, Kind.SUPPORTED_LIVING, Kind.LEARNING}, 30, 25, 15, 10, 10, 5, 5);
            case "LD" -> pick(rng, new Kind[] {Kind.SUPPORTED_LIVING, Kind.SHARED_LIVES, Kind.DAY_SUPPORT,
                Kind.LEARNING, Kind.DIRECT_PAYMENT, Kind.TRANSPORT, Kind.RESIDENTIAL}, 30, 12, 20, 12, 15, 6, 5);
            case "MH" -> pick(rng, new Kind[] {Kind.SUPPORTED_LIVING, Kind.SOCIAL_WORK, Kind.DAY_SUPPORT,
                Kind.DIRECT_PAYMENT, Kind.RESIDENTIAL, Kind.HOME_SUPPORT, Kind.LEARNING}, 20, 25, 10, 15, 8, 10, 12);
            default -> pick(rng, new Kind[] {Kind.REABLEMENT, Kind.EQUIPMENT, Kind.HOME_SUPPORT,
                Kind.SHORT_RESIDENTIAL}, 50, 25, 15, 10);
        };
    }

    private static Kind pick(Rng rng, Kind[] kinds, double... weights) {
        return kinds[rng.weighted(weights)];
    }

    private record Cost(String amount, String frequency) {
    }

    private static Package directPayment(Rng rng) {
        double weekly = rng.uniform(120, 650);
        String[] frequencies = {Cld.WEEKLY, Cld.FORTNIGHTLY, Cld.FOUR_WEEKLY, Cld.MONTHLY, Cld.QUARTERLY, Cld.ANNUALLY};
        double[] weeksPerUnit = {1, 2, 4, 52.0 / 12, 13, 52};
        int f = rng.weighted(40, 15, 20, 15, 5, 5);
        String amount = BigDecimal.valueOf(weekly * weeksPerUnit[f]).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new Package(Cld.spell(Cld.LTS_COMMUNITY, rng), "Direct payment", Cld.spell(Cld.DM_DIRECT_PAYMENT, rng),
                null, null, amount, Cld.junk(frequencies[f], rng), null);
    }

    private static Package community(Rng rng, Cld.Value type, String component, Provider provider, String frequency,
                                     String unitCost, String units) {
        return new Package(Cld.spell(type, rng), component,
                type == Cld.LTS_COMMUNITY ? commissioned(rng) : null, provider.cqc(), provider.name(), unitCost,
                Cld.junk(frequency, rng), units);
    }

    private static Package fixed(Rng rng, Cld.Value type, String component, Provider provider, Cost cost) {
        return new Package(Cld.spell(type, rng), component, type == Cld.LTS_COMMUNITY ? commissioned(rng) : null,
                provider.cqc(), provider.name(), cost.amount(), Cld.junk(cost.frequency(), rng), null);
    }

    private static Cost weeklyOrFourWeekly(Rng rng, double minWeekly, double maxWeekly) {
        String weekly = money(rng, minWeekly, maxWeekly);
        if (rng.chance(0.8)) {
            return new Cost(weekly, Cld.WEEKLY);
        }
        return new Cost(new BigDecimal(weekly).multiply(BigDecimal.valueOf(4)).toPlainString(), Cld.FOUR_WEEKLY);
    }

    /** CLD release 1 names a delivery mechanism only for community (and prison) long-term support. */
    private static String commissioned(Rng rng) {
        return switch (rng.weighted(60, 25, 15)) {
            case 0 -> Cld.spell(Cld.DM_COMMISSIONED, rng);
            case 1 -> Cld.spell(Cld.DM_MANAGED_BUDGET, rng);
            default -> null;
        };
    }

    private static String money(Rng rng, double min, double max) {
        return BigDecimal.valueOf(rng.uniform(min, max)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String units(Rng rng, double min, double max, double step) {
        long steps = Math.round((max - min) / step);
        double value = min + step * rng.betweenLong(0, steps);
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<Provider> providers(String... names) {
        return Arrays.stream(names).map(CarePackages::provider).toList();
    }

    /** A provider with a stable, made-up CQC location id derived from its name. */
    private static Provider provider(String name) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001B3L;
        }
        return new Provider(name, "1-" + (100_000_000 + Math.floorMod(h, 900_000_000L)));
    }
}
