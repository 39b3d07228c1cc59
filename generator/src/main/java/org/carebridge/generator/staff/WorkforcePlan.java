package org.carebridge.generator.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carebridge.generator.people.Caseloads;
import org.carebridge.generator.people.Origin;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.teams.CouncilTeam;
import org.carebridge.generator.teams.OxleasTeam;
import org.carebridge.legacy.format.FieldParser;

/**
 * The HR workforce plan (workforce.csv): every continuing legacy worker mapped to a merged team with role,
 * competencies, capacity, languages and dates, plus new starters. Management and consultants stay out;
 * about one in ten caseworkers does not continue. Each merged team gets a team manager and, topped up with
 * new starters, at least {@value #POINTS_PER_OPEN_CLIENT} capacity points per open client it will hold.
 */
public final class WorkforcePlan {

    /** Capacity the plan provides per open client (a full-time worker has 100 points). */
    static final int POINTS_PER_OPEN_CLIENT = 3;
    private static final String[] ADULTS_TEAMS = {"BC-ADN", "BC-ADC", "BC-ADS"};
    private static final List<String> COMPETENCY_ORDER = List.of("CARE_COORDINATOR", "AMHP", "MH", "LD", "OP", "PD",
            "DEMENTIA", "SAFEGUARDING_LEAD");

    private final List<String[]> rows = new ArrayList<>();
    private final Map<String, Long> capacity = new TreeMap<>();
    private final LocalDate asOf;
    private final Rng rng;
    private int nextId = 1;

    private WorkforcePlan(LocalDate asOf, long seed) {
        this.asOf = asOf;
        this.rng = Rng.of(seed, Rng.stream("workforce"), 0);
    }

    public static WorkforcePlan build(CouncilStaff council, OxleasStaff oxleas, Caseloads caseloads, LocalDate asOf,
                                      long seed) {
        WorkforcePlan plan = new WorkforcePlan(asOf, seed);
        int spread = 0;
        for (CouncilWorker w : council.workers()) {
            if (!w.active() || w.fate() == Fate.NOT_CONTINUING || w.team() == CouncilTeam.MGT) {
                continue;
            }
            String team = w.team().mergedTeam() != null ? w.team().mergedTeam() : ADULTS_TEAMS[spread++ % 3];
            plan.add("COUNCIL", Long.toString(w.id()), team, councilRole(w.role()), plan.competencies(w),
                    w.ftePercent(), plan.languages(w.origin()), w.male(), w.fate());
        }
        for (OxleasClinician c : oxleas.clinicians()) {
            if (c.fate() == Fate.NOT_CONTINUING || c.profession().mergedRole() == null) {
                continue;
            }
            plan.add("OXLEAS", c.id(), c.team().mergedTeam(), c.profession().mergedRole(), plan.competencies(c),
                    c.ftePercent(), plan.languages(c.origin()), c.male(), c.fate());
        }
        plan.addNewStarters(caseloads.openByMergedTeam());
        return plan;
    }

    /** The plan's rows in the agreement's column order. */
    public List<String[]> rows() {
        return rows;
    }

    private void add(String system, String legacyId, String team, String role, String competencies, int fte,
                     String languages, boolean male, Fate fate) {
        LocalDate from = fate == Fate.ARRIVING_LATER ? asOf.plusDays(rng.between(21, 120)) : asOf;
        LocalDate leaving = fate == Fate.LEAVING_SOON ? asOf.plusDays(rng.between(7, 90)) : null;
        rows.add(new String[] {String.format("BC%05d", nextId++), system, legacyId, team, role, competencies,
            Integer.toString(fte), languages, male ? "1" : "2", FieldParser.format(from), FieldParser.format(leaving)});
        capacity.merge(team, (long) fte, Long::sum);
    }

    private void addNewStarters(Map<String, Long> openByTeam) {
        for (Map.Entry<String, Long> team : openByTeam.entrySet()) {
            long needed = team.getValue() * POINTS_PER_OPEN_CLIENT;
            boolean first = true;
            while (first || capacity.getOrDefault(team.getKey(), 0L) < needed) {
                first = false;
                String role = starterRole(team.getKey());
                Origin origin = Origin.draw(rng);
                boolean mh = team.getKey().startsWith("BC-MH");
                Set<String> comps = new LinkedHashSet<>();
                comps.add(area(team.getKey()));
                if (mh && rng.chance(0.5)) {
                    comps.add("CARE_COORDINATOR");
                }
                String starterFrom = FieldParser.format(asOf.plusDays(rng.between(0, 90)));
                rows.add(new String[] {String.format("BC%05d", nextId++), null, null, team.getKey(), role,
                    ordered(comps), "100", languages(origin), rng.chance(0.25) ? "1" : "2", starterFrom, null});
                capacity.merge(team.getKey(), 100L, Long::sum);
            }
        }
    }

    private String starterRole(String team) {
        if (team.startsWith("BC-MH")) {
            return rng.pick("NURSE", "SOCIAL_WORKER", "NURSE", "PSYCHOLOGIST");
        }
        if (team.equals("BC-LD")) {
            return rng.pick("SOCIAL_WORKER", "CARE_MANAGER");
        }
        return rng.pick("SOCIAL_WORKER", "OT", "CARE_MANAGER");
    }

    private static String area(String team) {
        if (team.startsWith("BC-MH")) {
            return "MH";
        }
        if (team.equals("BC-LD")) {
            return "LD";
        }
        return "OP";
    }

    private static String councilRole(String legacyRole) {
        return switch (legacyRole) {
            case "OT" -> "OT";
            case "CM" -> "CARE_MANAGER";
            case "TM" -> "TEAM_MANAGER";
            default -> "SOCIAL_WORKER";
        };
    }

    private String competencies(CouncilWorker w) {
        Set<String> c = new LinkedHashSet<>();
        switch (w.team().serviceArea()) {
            case "OP" -> {
                c.add("OP");
                if (rng.chance(0.3)) {
                    c.add("DEMENTIA");
                }
            }
            case "PD" -> c.add("PD");
            case "LD" -> c.add("LD");
            case "MH" -> c.add("MH");
            default -> {
                c.add("OP");
                c.add("PD");
            }
        }
        if ("AMHP".equals(w.role())) {
            c.add("AMHP");
        }
        if (w.team().mentalHealth() && ("SSW".equals(w.role()) || "AMHP".equals(w.role()))) {
            c.add("CARE_COORDINATOR");
        }
        if (w.manager() || "SSW".equals(w.role()) && rng.chance(0.25)) {
            c.add("SAFEGUARDING_LEAD");
        }
        return ordered(c);
    }

    private String competencies(OxleasClinician c) {
        Set<String> s = new LinkedHashSet<>();
        s.add("MH");
        if (c.careCoordinator()) {
            s.add("CARE_COORDINATOR");
        }
        if (c.amhp()) {
            s.add("AMHP");
        }
        if (c.team() == OxleasTeam.OLDER_ADULTS) {
            s.add("OP");
            s.add("DEMENTIA");
        }
        if (c.profession() == Profession.TEAM_MANAGER) {
            s.add("SAFEGUARDING_LEAD");
        }
        return ordered(s);
    }

    private static String ordered(Set<String> competencies) {
        List<String> out = new ArrayList<>();
        for (String c : COMPETENCY_ORDER) {
            if (competencies.contains(c)) {
                out.add(c);
            }
        }
        return String.join(";", out);
    }

    private String languages(Origin origin) {
        String second = origin.secondLanguage();
        return second != null && rng.chance(0.4) ? "en;" + second : "en";
    }
}
