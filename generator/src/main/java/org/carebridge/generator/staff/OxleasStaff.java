package org.carebridge.generator.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebridge.generator.people.Caseloads;
import org.carebridge.generator.people.NameCatalogue;
import org.carebridge.generator.people.Origin;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.random.WeightedPicker;
import org.carebridge.generator.teams.OxleasTeam;

/**
 * Oxleas' care professionals per team, sized from the open caseloads: about 30 patients per care
 * coordinator, a consultant and a psychologist per team, support workers, one team manager.
 */
public final class OxleasStaff {

    static final double PATIENTS_PER_COORDINATOR = 30;

    private final List<OxleasClinician> clinicians;
    private final Map<OxleasTeam, WeightedPicker<OxleasClinician>> coordinators = new EnumMap<>(OxleasTeam.class);
    private final Map<OxleasTeam, List<OxleasClinician>> byTeam = new EnumMap<>(OxleasTeam.class);

    private OxleasStaff(List<OxleasClinician> clinicians) {
        this.clinicians = List.copyOf(clinicians);
        Map<OxleasTeam, List<OxleasClinician>> cc = new EnumMap<>(OxleasTeam.class);
        for (OxleasClinician c : clinicians) {
            byTeam.computeIfAbsent(c.team(), t -> new ArrayList<>()).add(c);
            if (c.careCoordinator()) {
                cc.computeIfAbsent(c.team(), t -> new ArrayList<>()).add(c);
            }
        }
        cc.forEach((team, list) -> coordinators.put(team, new WeightedPicker<>(list, OxleasClinician::ftePercent)));
    }

    public static OxleasStaff build(Caseloads caseloads, long seed) {
        Rng rng = Rng.of(seed, Rng.stream("oxleas-staff"), 0);
        NameCatalogue names = NameCatalogue.instance();
        List<OxleasClinician> staff = new ArrayList<>();
        int[] next = {10_001};
        for (OxleasTeam team : OxleasTeam.values()) {
            long open = caseloads.open(team);
            staff.add(clinician(next, Profession.TEAM_MANAGER, team, Fate.CONTINUES, names, rng));
            long consultants = 1 + open / 400;
            for (int i = 0; i < consultants; i++) {
                staff.add(clinician(next, Profession.CONSULTANT, team, Fate.draw(rng), names, rng));
            }
            int coordinators = team.coordinatesCare()
                    ? (int) Math.max(2, Math.ceil(open / PATIENTS_PER_COORDINATOR))
                    : (int) Math.max(3, Math.ceil(open / 8.0));
            for (int i = 0; i < coordinators; i++) {
                Profession p = team.coordinatesCare()
                        ? new Profession[] {Profession.NURSE, Profession.SOCIAL_WORKER,
                            Profession.OCCUPATIONAL_THERAPIST, Profession.PSYCHOLOGIST}[rng.weighted(55, 20, 15, 10)]
                        : rng.chance(0.8) ? Profession.NURSE : Profession.SOCIAL_WORKER;
                staff.add(clinician(next, p, team, Fate.draw(rng), names, rng));
            }
            for (int i = 0; i < Math.max(1, coordinators / 4); i++) {
                staff.add(clinician(next, Profession.SUPPORT_WORKER, team, Fate.draw(rng), names, rng));
            }
        }
        return new OxleasStaff(staff);
    }

    private static OxleasClinician clinician(int[] next, Profession profession, OxleasTeam team, Fate fate,
                                             NameCatalogue names, Rng rng) {
        String id = "OXP" + next[0];
        next[0] += rng.between(1, 3);
        boolean male = rng.chance(profession == Profession.CONSULTANT ? 0.55 : 0.25);
        Origin origin = Origin.draw(rng);
        int fte = rng.chance(0.65) ? 100 : rng.pick(50, 60, 70, 80, 90);
        boolean amhp = profession == Profession.SOCIAL_WORKER && rng.chance(0.35);
        return new OxleasClinician(id, profession, team, registration(profession, rng),
                names.forename(origin, male, rng), names.surname(origin, rng), fte, amhp, male, origin, fate);
    }

    private static String registration(Profession profession, Rng rng) {
        return switch (profession) {
            case CONSULTANT -> Integer.toString(rng.between(3_000_000, 7_999_999));
            case NURSE, TEAM_MANAGER -> String.format("%02d%c%04d%c", rng.between(85, 99) % 100,
                    (char) ('A' + rng.between(0, 25)), rng.between(0, 9999), (char) ('A' + rng.between(0, 25)));
            case SOCIAL_WORKER -> String.format("SW%06d", rng.between(10_000, 999_999));
            case OCCUPATIONAL_THERAPIST -> String.format("OT%05d", rng.between(10_000, 99_999));
            case PSYCHOLOGIST -> String.format("PYL%05d", rng.between(10_000, 99_999));
            case SUPPORT_WORKER -> null;
        };
    }

    public List<OxleasClinician> clinicians() {
        return clinicians;
    }

    /** A care coordinator of {@code team}, more likely the more hours they work. */
    public OxleasClinician coordinator(OxleasTeam team, Rng rng) {
        return coordinators.get(team).pick(rng);
    }

    /** Anyone in {@code team}: who a contact is with when it is not the care coordinator. */
    public OxleasClinician anyone(OxleasTeam team, Rng rng) {
        return rng.pick(byTeam.get(team));
    }
}
