package org.carebridge.handover.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.carebridge.handover.caseload.CaseloadWeighting;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.Competency;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.handover.model.Worker;
import org.carebridge.handover.needs.ClientRelationships;
import org.carebridge.handover.needs.HandoverNeed;
import org.carebridge.handover.needs.LegacyRelationship;
import org.carebridge.handover.needs.RelationshipRole;

/**
 * A seeded synthetic merged organisation for the benchmark: the nine merged teams, a workforce, and open clients
 * with legacy relationships spread over weekly waves. Ids and codes only; the proportions are documented in the
 * module README.
 */
final class SyntheticPopulation {

    static final LocalDate FIRST_CUTOVER = LocalDate.of(2026, 6, 1);
    static final int WAVES = 8;
    private static final String[] OTHER_LANGUAGES = {"pa", "pl", "ur", "bn", "so", "tr", "yo", "gu"};
    private static final Locality[] LOCALITIES = {Locality.NORTH, Locality.CENTRAL, Locality.SOUTH};

    private final Random random;
    private final List<MergedTeam> teams = mergedTeams();
    private final List<Worker> workers = new ArrayList<>();
    /** Legacy reference of each continuing worker's legacy identity. */
    private final Map<String, String> legacyRefByWorker = new TreeMap<>();
    private final Map<String, List<Worker>> workersByCell = new TreeMap<>();
    private final Map<String, ClientProfile> profiles = new TreeMap<>();
    /** Points of the clients in the problem each worker holds today (and that are part of their drawn load). */
    private final Map<String, Integer> heldInProblem = new TreeMap<>();
    private final CaseloadWeighting weighting = CaseloadWeighting.defaults();

    /** What the pairing needs about a client beyond the relationships. */
    record ClientProfile(Locality locality, ServiceLine serviceLine, Set<ClientFlag> flags, String language,
                         String genderPreference, LocalDate cutover) {
    }

    SyntheticPopulation(long seed, int workerCount) {
        this.random = new Random(seed);
        buildWorkforce(workerCount);
    }

    List<MergedTeam> teams() {
        return teams;
    }

    /**
     * The workforce with each worker's load outside the problem: their drawn total caseload minus the points of
     * the clients in the problem they hold now (call after {@link #handoverClient} for every need).
     */
    List<Worker> workers() {
        List<Worker> adjusted = new ArrayList<>(workers.size());
        for (Worker worker : workers) {
            int outside = Math.max(0, worker.currentLoadPoints() - heldInProblem.getOrDefault(worker.id(), 0));
            adjusted.add(new Worker(worker.id(), worker.teamCodes(), worker.competencies(), worker.capacityPoints(),
                    outside, worker.languages(), worker.gender(), worker.availableFrom(), worker.leavingDate()));
        }
        return adjusted;
    }

    static LocalDate cutoverOfWave(int wave) {
        return FIRST_CUTOVER.plusWeeks(wave);
    }

    /**
     * Open clients with their legacy relationships; 30% known to mental-health services, of whom 15% have had the
     * same worker for 2 to 8 years; 3% held by a legacy worker who does not continue, 1.2% with a council and an
     * Oxleas lead worker, 0.5% with none.
     */
    List<ClientRelationships> clients(int count, List<Integer> waveOfClient) {
        List<ClientRelationships> clients = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            String personId = String.format("MP%07d", index);
            boolean mentalHealth = random.nextDouble() < 0.30;
            Locality locality = LOCALITIES[random.nextInt(LOCALITIES.length)];
            ServiceLine line = mentalHealth ? ServiceLine.MENTAL_HEALTH : otherServiceLine();
            int wave = random.nextInt(WAVES);
            waveOfClient.add(wave);
            LocalDate cutover = cutoverOfWave(wave);
            profiles.put(personId, profile(mentalHealth, locality, line, cutover));

            List<LegacyRelationship> relationships = new ArrayList<>();
            double roll = random.nextDouble();
            if (roll >= 0.005) {
                LocalDate start = mentalHealth && random.nextDouble() < 0.15
                        ? cutover.minusDays(730 + random.nextInt(6 * 365))
                        : cutover.minusDays(1 + random.nextInt(729));
                RelationshipRole role = mentalHealth ? RelationshipRole.CARE_COORDINATOR : RelationshipRole.KEY_WORKER;
                if (roll < 0.035) {
                    relationships.add(new LegacyRelationship("COUNCIL:L" + random.nextInt(60), role, start, null, null));
                } else {
                    Worker holder = pickHolder(locality, line, profiles.get(personId).flags());
                    relationships.add(new LegacyRelationship(legacyRefByWorker.get(holder.id()), role, start, null,
                            holder.id()));
                }
                if (roll >= 0.035 && roll < 0.047) {
                    Worker second = pick(workersByCell.get(cell(locality, line)));
                    relationships.add(new LegacyRelationship("COUNCIL:" + second.id().substring(2),
                            RelationshipRole.KEY_WORKER, cutover.minusDays(1 + random.nextInt(400)), null,
                            second.id()));
                }
            }
            clients.add(new ClientRelationships(personId, mentalHealth, relationships));
        }
        return clients;
    }

    /** The pairing's view of a client who needs a handover, with contacts drawn for current and other workers. */
    HandoverClient handoverClient(HandoverNeed need) {
        ClientProfile profile = profiles.get(need.personId());
        Map<String, Integer> familiarity = new TreeMap<>();
        need.currentWorkers().forEach(current -> {
            if (current.continues()) {
                familiarity.put(current.mergedWorkerId(), 5 + random.nextInt(36));
            }
        });
        if (random.nextDouble() < 0.35) {
            Worker other = pick(workersByCell.get(cell(profile.locality(), profile.serviceLine())));
            familiarity.merge(other.id(), 1 + random.nextInt(10), Integer::sum);
        }
        HandoverClient client = new HandoverClient(need.personId(), profile.locality(), profile.serviceLine(),
                profile.flags(), profile.language(), profile.genderPreference(), need.currentWorkers(),
                new TreeMap<>(familiarity), need.reasons(), profile.cutover());
        need.currentWorkers().forEach(current -> {
            if (current.continues()) {
                heldInProblem.merge(current.mergedWorkerId(), weighting.pointsFor(client), Integer::sum);
            }
        });
        return client;
    }

    private ClientProfile profile(boolean mentalHealth, Locality locality, ServiceLine line, LocalDate cutover) {
        EnumSet<ClientFlag> flags = EnumSet.noneOf(ClientFlag.class);
        if (mentalHealth) {
            flags.add(ClientFlag.MH);
            addIf(flags, ClientFlag.CPA, 0.55);
            addIf(flags, ClientFlag.S117, 0.10);
            addIf(flags, ClientFlag.CTO, 0.05);
            addIf(flags, ClientFlag.HIGH_RISK, 0.12);
        } else {
            addIf(flags, ClientFlag.HIGH_RISK, 0.05);
        }
        String language = random.nextDouble() < 0.12 ? OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)] : "en";
        String gender = random.nextDouble() < 0.08 ? (random.nextBoolean() ? "1" : "2") : null;
        return new ClientProfile(locality, line, flags, language, gender, cutover);
    }

    /**
     * Workers by team in proportion to where clients are: mental health 60%, adults 26%, learning disability 7%,
     * reablement 7%. A worker's total caseload today is drawn between 55% and 90% of capacity;
     * {@link #workers()} subtracts the clients in the problem they hold.
     */
    private void buildWorkforce(int count) {
        String[] codes = {"BC-MHN", "BC-MHC", "BC-MHS", "BC-MHB", "BC-ADN", "BC-ADC", "BC-ADS", "BC-LD", "BC-REA"};
        double[] shares = {0.16, 0.16, 0.16, 0.12, 0.087, 0.087, 0.086, 0.07, 0.07};
        int id = 1;
        for (int team = 0; team < codes.length; team++) {
            int size = (int) Math.round(count * shares[team]);
            for (int member = 0; member < size; member++) {
                Worker worker = worker(String.format("BC%05d", id++), codes[team]);
                workers.add(worker);
                legacyRefByWorker.put(worker.id(), (codes[team].startsWith("BC-MH") ? "OXLEAS:CP" : "COUNCIL:")
                        + worker.id().substring(2));
                for (MergedTeam merged : teams) {
                    if (merged.code().equals(codes[team])) {
                        for (Locality locality : LOCALITIES) {
                            for (ServiceLine line : merged.serviceLines()) {
                                if (merged.covers(locality, line)) {
                                    workersByCell.computeIfAbsent(cell(locality, line), key -> new ArrayList<>())
                                            .add(worker);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private Worker worker(String id, String team) {
        Set<Competency> competencies = EnumSet.noneOf(Competency.class);
        if (team.startsWith("BC-MH")) {
            competencies.add(Competency.MH);
            if (random.nextDouble() < 0.7) {
                competencies.add(Competency.CARE_COORDINATOR);
            }
            if (random.nextDouble() < 0.1) {
                competencies.add(Competency.AMHP);
            }
        } else if (team.equals("BC-LD")) {
            competencies.add(Competency.LD);
        } else {
            competencies.add(Competency.OP);
            competencies.add(Competency.PD);
        }
        int capacity = random.nextDouble() < 0.75 ? 100 : (random.nextBoolean() ? 60 : 80);
        int load = (int) Math.round(capacity * (0.55 + random.nextDouble() * 0.35));
        TreeSet<String> languages = new TreeSet<>(List.of("en"));
        if (random.nextDouble() < 0.2) {
            languages.add(OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)]);
        }
        LocalDate availableFrom = random.nextDouble() < 0.03 ? FIRST_CUTOVER.plusWeeks(2) : null;
        LocalDate leaving = random.nextDouble() < 0.04 ? FIRST_CUTOVER.plusWeeks(random.nextInt(20)) : null;
        return new Worker(id, new TreeSet<>(List.of(team)), competencies, capacity, load, languages,
                random.nextBoolean() ? "1" : "2", availableFrom, leaving);
    }

    /**
     * A care coordinator assignment implies the competency, so clients on CPA are held by care coordinators; and
     * part-time workers hold fewer clients (picked in proportion to capacity).
     */
    private Worker pickHolder(Locality locality, ServiceLine line, Set<ClientFlag> flags) {
        List<Worker> cellWorkers = workersByCell.get(cell(locality, line));
        List<Worker> eligible = new ArrayList<>();
        for (Worker worker : cellWorkers) {
            if (!flags.contains(ClientFlag.CPA) || worker.competencies().contains(Competency.CARE_COORDINATOR)) {
                eligible.add(worker);
            }
        }
        List<Worker> pool = eligible.isEmpty() ? cellWorkers : eligible;
        while (true) {
            Worker candidate = pick(pool);
            if (random.nextInt(100) < candidate.capacityPoints()) {
                return candidate;
            }
        }
    }

    private ServiceLine otherServiceLine() {
        double roll = random.nextDouble();
        if (roll < 0.45) {
            return ServiceLine.OLDER_ADULTS;
        }
        if (roll < 0.70) {
            return ServiceLine.PHYSICAL_DISABILITY;
        }
        return roll < 0.85 ? ServiceLine.LEARNING_DISABILITY : ServiceLine.REABLEMENT;
    }

    private void addIf(Set<ClientFlag> flags, ClientFlag flag, double probability) {
        if (random.nextDouble() < probability) {
            flags.add(flag);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String cell(Locality locality, ServiceLine line) {
        return locality + "/" + line;
    }

    private static List<MergedTeam> mergedTeams() {
        return List.of(
                new MergedTeam("BC-ADN", Locality.NORTH, Set.of(ServiceLine.OLDER_ADULTS,
                        ServiceLine.PHYSICAL_DISABILITY), "lead.adults.north"),
                new MergedTeam("BC-ADC", Locality.CENTRAL, Set.of(ServiceLine.OLDER_ADULTS,
                        ServiceLine.PHYSICAL_DISABILITY), "lead.adults.central"),
                new MergedTeam("BC-ADS", Locality.SOUTH, Set.of(ServiceLine.OLDER_ADULTS,
                        ServiceLine.PHYSICAL_DISABILITY), "lead.adults.south"),
                new MergedTeam("BC-MHN", Locality.NORTH, Set.of(ServiceLine.MENTAL_HEALTH), "lead.mh.north"),
                new MergedTeam("BC-MHC", Locality.CENTRAL, Set.of(ServiceLine.MENTAL_HEALTH), "lead.mh.central"),
                new MergedTeam("BC-MHS", Locality.SOUTH, Set.of(ServiceLine.MENTAL_HEALTH), "lead.mh.south"),
                new MergedTeam("BC-MHB", Locality.BOROUGH, Set.of(ServiceLine.MENTAL_HEALTH), "lead.mh.borough"),
                new MergedTeam("BC-LD", Locality.BOROUGH, Set.of(ServiceLine.LEARNING_DISABILITY), "lead.ld"),
                new MergedTeam("BC-REA", Locality.BOROUGH, Set.of(ServiceLine.REABLEMENT), "lead.reablement"));
    }
}
