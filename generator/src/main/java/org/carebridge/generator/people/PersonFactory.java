package org.carebridge.generator.people;

import java.time.LocalDate;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.teams.CouncilTeam;
import org.carebridge.generator.teams.OxleasTeam;

/**
 * Draws people one at a time, each from their own random stream, so that person {@code i} is the same
 * whatever else the run does. Population shares follow the brief: council-only 45%, both 33%,
 * Oxleas-only 22%; people known to both are council mental-health clients.
 */
public final class PersonFactory {

    static final double COUNCIL_ONLY = 0.45;
    static final double BOTH = 0.33;
    /** Council records keyed without an NHS number; Oxleas records without one. */
    static final double COUNCIL_NHS_MISSING = 0.15;
    static final double OXLEAS_NHS_MISSING = 0.03;
    static final double DUPLICATE_SHARE = 0.03;
    static final double MOVED_HOUSE = 0.10;
    static final double LONG_STANDING = 0.35;

    private static final long STREAM = Rng.stream("person");

    private final long seed;
    private final LocalDate asOf;
    private final NhsNumberSequence nhsNumbers;
    private final NameCatalogue names = NameCatalogue.instance();
    private final AddressBook addresses = new AddressBook();

    public PersonFactory(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
        this.nhsNumbers = new NhsNumberSequence(seed);
    }

    /** Person {@code index}; call in ascending order, since NHS numbers are handed out as people come. */
    public Person create(long index) {
        Rng rng = Rng.of(seed, STREAM, index);
        Cohort cohort = drawCohort(rng);
        Address home = addresses.draw(rng);
        CouncilTeam councilTeam = cohort.council() ? councilTeam(cohort, home.locality(), rng) : null;
        int age = drawAge(councilTeam, rng);
        OxleasTeam oxleasTeam = cohort.oxleas() ? oxleasTeam(cohort, home.locality(), age, rng) : null;
        if (oxleasTeam == OxleasTeam.EIP || oxleasTeam == OxleasTeam.OLDER_ADULTS) {
            age = oxleasTeam == OxleasTeam.EIP ? rng.between(18, 38) : Math.max(age, rng.between(66, 94));
        }
        LocalDate birthDate = asOf.minusYears(age).minusDays(rng.between(0, 364));
        double deathRate = councilTeam != null && "OP".equals(councilTeam.serviceArea()) ? 0.08 : 0.025;
        LocalDate deathDate = rng.chance(deathRate) ? asOf.minusDays(rng.between(20, 3 * 365)) : null;

        boolean male = rng.chance(age > 80 ? 0.38 : 0.48);
        Origin origin = Origin.draw(rng);
        String forename = names.forename(origin, male, rng);
        String middle = rng.chance(0.3) ? names.forename(origin, male, rng) : null;
        if (forename.equals(middle)) {
            middle = null;
        }
        String surname = names.surname(origin, rng);
        String title = title(male, age, rng);
        Address previous = rng.chance(MOVED_HOUSE) ? addresses.draw(rng) : null;

        boolean councilShowsNhs = cohort.council() && !rng.chance(COUNCIL_NHS_MISSING);
        boolean oxleasShowsNhs = cohort.oxleas() && !rng.chance(OXLEAS_NHS_MISSING);
        CouncilDuplicate duplicate = cohort.council() && rng.chance(DUPLICATE_SHARE)
                ? new CouncilDuplicate[] {CouncilDuplicate.MERGED, CouncilDuplicate.UNMARKED,
                    CouncilDuplicate.DELETED}[rng.weighted(45, 45, 10)]
                : CouncilDuplicate.NONE;
        boolean needsNumber = councilShowsNhs || oxleasShowsNhs || duplicate != CouncilDuplicate.NONE;
        String nhsNumber = needsNumber ? nhsNumbers.next() : null;

        boolean alive = deathDate == null;
        boolean councilOpen = cohort.council() && alive && rng.chance(0.72);
        boolean oxleasOpen = cohort.oxleas() && alive
                && rng.chance(cohort == Cohort.BOTH ? (councilOpen ? 0.85 : 0.3) : 0.6);
        if (oxleasTeam == OxleasTeam.CRISIS && oxleasOpen && rng.chance(0.6)) {
            oxleasOpen = false;
        }
        boolean councilLong = councilOpen && councilTeam.mentalHealth() && rng.chance(LONG_STANDING);
        boolean oxleasLong = oxleasOpen && oxleasTeam.coordinatesCare() && rng.chance(LONG_STANDING);

        return new Person(index, String.format("P%07d", index + 1), cohort, male, origin,
                origin.drawEthnicity(rng), title, forename, middle, surname, birthDate, deathDate, home, previous,
                previous != null && rng.chance(0.5),
                nhsNumber, councilShowsNhs, oxleasShowsNhs, origin.drawLanguage(rng), councilTeam, councilOpen,
                duplicate, councilLong, oxleasTeam, oxleasOpen, oxleasLong);
    }

    private static Cohort drawCohort(Rng rng) {
        double x = rng.nextDouble();
        return x < COUNCIL_ONLY ? Cohort.COUNCIL_ONLY : x < COUNCIL_ONLY + BOTH ? Cohort.BOTH : Cohort.OXLEAS_ONLY;
    }

    private static CouncilTeam councilTeam(Cohort cohort, Locality locality, Rng rng) {
        if (cohort == Cohort.BOTH) {
            return mentalHealthTeam(locality);
        }
        return switch (rng.weighted(42, 14, 13, 16, 15)) {
            case 0 -> switch (locality) {
                case NORTH -> CouncilTeam.OPN;
                case CENTRAL -> CouncilTeam.OPC;
                case SOUTH -> CouncilTeam.OPS;
            };
            case 1 -> CouncilTeam.PDB;
            case 2 -> CouncilTeam.LDB;
            case 3 -> CouncilTeam.INT;
            default -> mentalHealthTeam(locality);
        };
    }

    private static CouncilTeam mentalHealthTeam(Locality locality) {
        return switch (locality) {
            case NORTH -> CouncilTeam.MHN;
            case CENTRAL -> CouncilTeam.MHC;
            case SOUTH -> CouncilTeam.MHS;
        };
    }

    private static OxleasTeam oxleasTeam(Cohort cohort, Locality locality, int age, Rng rng) {
        double[] weights = cohort == Cohort.BOTH
                ? new double[] {80, 8, 2, 10}   // CMHT, EIP, crisis, older adults
                : new double[] {55, 10, 15, 20};
        int choice = rng.weighted(weights);
        if (choice == 1 && age > 45 || choice == 3 && age < 60) {
            choice = 0;
        }
        return switch (choice) {
            case 1 -> OxleasTeam.EIP;
            case 2 -> OxleasTeam.CRISIS;
            case 3 -> OxleasTeam.OLDER_ADULTS;
            default -> switch (locality) {
                case NORTH -> OxleasTeam.CMHT_NORTH;
                case CENTRAL -> OxleasTeam.CMHT_CENTRAL;
                case SOUTH -> OxleasTeam.CMHT_SOUTH;
            };
        };
    }

    private static int drawAge(CouncilTeam team, Rng rng) {
        if (team == null) {
            return rng.chance(0.3) ? rng.between(65, 92) : rng.between(18, 70);
        }
        return switch (team.serviceArea()) {
            case "OP" -> Math.min(103, 65 + (int) rng.exponential(14));
            case "PD" -> rng.between(18, 88);
            case "LD" -> rng.between(18, 72);
            case "INT" -> rng.chance(0.7) ? rng.between(65, 97) : rng.between(30, 64);
            default -> rng.chance(0.2) ? rng.between(65, 90) : rng.between(18, 64);
        };
    }

    private static String title(boolean male, int age, Rng rng) {
        if (rng.chance(0.08)) {
            return null;
        }
        if (rng.chance(0.01)) {
            return rng.pick("Dr", "Mx", "Rev");
        }
        if (male) {
            return "Mr";
        }
        return age < 35 ? rng.pick("Miss", "Ms", "Miss") : rng.pick("Mrs", "Mrs", "Ms", "Miss");
    }
}
