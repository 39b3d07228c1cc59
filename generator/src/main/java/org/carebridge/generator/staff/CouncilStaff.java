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
import org.carebridge.generator.teams.CouncilTeam;

/**
 * The council's workers, sized from the open caseloads (about 25 open clients per worker, one team
 * manager per team) plus former workers who now appear only in ended allocations. Held in memory: a
 * million people need about twenty thousand workers.
 */
public final class CouncilStaff {

    static final double CLIENTS_PER_WORKER = 25;

    private final List<CouncilWorker> workers;
    private final Map<CouncilTeam, WeightedPicker<CouncilWorker>> current = new EnumMap<>(CouncilTeam.class);
    private final Map<CouncilTeam, List<CouncilWorker>> former = new EnumMap<>(CouncilTeam.class);

    private CouncilStaff(List<CouncilWorker> workers) {
        this.workers = List.copyOf(workers);
        Map<CouncilTeam, List<CouncilWorker>> active = new EnumMap<>(CouncilTeam.class);
        for (CouncilWorker w : workers) {
            if (w.active() && !w.manager()) {
                active.computeIfAbsent(w.team(), t -> new ArrayList<>()).add(w);
            } else if (!w.active()) {
                former.computeIfAbsent(w.team(), t -> new ArrayList<>()).add(w);
            }
        }
        active.forEach((team, list) -> current.put(team, new WeightedPicker<>(list, CouncilWorker::ftePercent)));
    }

    public static CouncilStaff build(Caseloads caseloads, long seed) {
        Rng rng = Rng.of(seed, Rng.stream("council-staff"), 0);
        NameCatalogue names = NameCatalogue.instance();
        List<CouncilWorker> workers = new ArrayList<>();
        long[] nextId = {10_001};
        for (CouncilTeam team : CouncilTeam.values()) {
            if (team == CouncilTeam.MGT) {
                for (int i = 0; i < 3; i++) {
                    workers.add(worker(nextId, "TM", team, true, Fate.NOT_CONTINUING, names, rng));
                }
                continue;
            }
            if (!team.active()) {
                workers.add(worker(nextId, "TM", team, false, Fate.NOT_CONTINUING, names, rng));
                for (int i = 0; i < 5; i++) {
                    workers.add(worker(nextId, rng.pick("SW", "OT", "CM"), team, false, Fate.NOT_CONTINUING, names,
                            rng));
                }
                continue;
            }
            workers.add(worker(nextId, "TM", team, true, Fate.CONTINUES, names, rng));
            int caseworkers = (int) Math.max(2, Math.round(caseloads.open(team) / CLIENTS_PER_WORKER));
            for (int i = 0; i < caseworkers; i++) {
                workers.add(worker(nextId, role(team, rng), team, true, Fate.draw(rng), names, rng));
            }
            int formerCount = Math.max(1, (int) Math.round(caseworkers * 0.15));
            for (int i = 0; i < formerCount; i++) {
                workers.add(worker(nextId, role(team, rng), team, false, Fate.NOT_CONTINUING, names, rng));
            }
        }
        return new CouncilStaff(workers);
    }

    private static CouncilWorker worker(long[] nextId, String role, CouncilTeam team, boolean active, Fate fate,
                                        NameCatalogue names, Rng rng) {
        long id = nextId[0];
        nextId[0] += rng.between(1, 4);
        boolean male = rng.chance(0.22);
        Origin origin = Origin.draw(rng);
        int fte = rng.chance(0.6) ? 100 : rng.pick(50, 60, 70, 80, 90);
        return new CouncilWorker(id, names.forename(origin, male, rng), names.surname(origin, rng), role, team, fte,
                active, male, origin, active ? fate : Fate.NOT_CONTINUING);
    }

    private static String role(CouncilTeam team, Rng rng) {
        return switch (team.serviceArea()) {
            case "OP" -> new String[] {"SW", "SSW", "OT", "CM"}[rng.weighted(35, 15, 20, 30)];
            case "PD" -> new String[] {"OT", "SW", "CM", "SSW"}[rng.weighted(40, 30, 20, 10)];
            case "LD" -> new String[] {"SW", "SSW", "CM"}[rng.weighted(45, 20, 35)];
            case "MH" -> new String[] {"SW", "SSW", "AMHP"}[rng.weighted(40, 25, 35)];
            default -> new String[] {"OT", "CM", "SW"}[rng.weighted(45, 35, 20)];
        };
    }

    public List<CouncilWorker> workers() {
        return workers;
    }

    /** An active caseworker of {@code team}, more likely the more hours they work. */
    public CouncilWorker current(CouncilTeam team, Rng rng) {
        return current.get(team).pick(rng);
    }

    /** A worker who has left {@code team}, for ended allocations; an active one when none has left. */
    public CouncilWorker former(CouncilTeam team, Rng rng) {
        List<CouncilWorker> left = former.get(team);
        return left == null || left.isEmpty() ? current(team, rng) : rng.pick(left);
    }
}
