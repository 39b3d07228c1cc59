package org.carebridge.handover.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.MergedTeam;
import org.carebridge.handover.model.Worker;

/**
 * Splits a pairing problem into sub-problems that share no worker and no client, so that solving them one by one
 * gives the same optimum as solving them together. Teams are joined when a worker belongs to both or a client's
 * locality and service line is covered by both (a borough-wide team joins every locality of its service line).
 * Each connected group of teams, with its workers and the clients those teams cover, is one partition.
 */
final class ProblemPartitioner {

    /** Workers and clients of one independent sub-problem. */
    record Partition(List<Worker> workers, List<HandoverClient> clients) {
    }

    private final List<MergedTeam> teams;
    private final Map<String, String> parent = new TreeMap<>();

    ProblemPartitioner(List<MergedTeam> teams) {
        this.teams = List.copyOf(teams);
        for (MergedTeam team : teams) {
            parent.put(team.code(), team.code());
        }
    }

    /**
     * Partitions in a stable order (by their first team code). Clients no team covers form a last partition with
     * no workers; workers in no configured team can serve nobody and are left out.
     */
    List<Partition> partition(List<Worker> workers, List<HandoverClient> clients) {
        for (Worker worker : workers) {
            String first = null;
            for (String code : worker.teamCodes()) {
                if (!parent.containsKey(code)) {
                    continue;
                }
                if (first == null) {
                    first = code;
                } else {
                    union(first, code);
                }
            }
        }
        Map<HandoverClient, String> clientRoot = new TreeMap<>(Comparator.comparing(HandoverClient::personId));
        List<HandoverClient> uncovered = new ArrayList<>();
        for (HandoverClient client : clients) {
            String first = null;
            for (MergedTeam team : teams) {
                if (team.covers(client.locality(), client.serviceLine())) {
                    if (first == null) {
                        first = team.code();
                    } else {
                        union(first, team.code());
                    }
                }
            }
            if (first == null) {
                uncovered.add(client);
            } else {
                clientRoot.put(client, first);
            }
        }

        Map<String, List<Worker>> workersByRoot = new TreeMap<>();
        Map<String, List<HandoverClient>> clientsByRoot = new TreeMap<>();
        for (Worker worker : workers) {
            worker.teamCodes().stream().filter(parent::containsKey).findFirst().ifPresent(code ->
                    workersByRoot.computeIfAbsent(find(code), root -> new ArrayList<>()).add(worker));
        }
        clientRoot.forEach((client, code) ->
                clientsByRoot.computeIfAbsent(find(code), root -> new ArrayList<>()).add(client));

        List<Partition> partitions = new ArrayList<>();
        for (Map.Entry<String, List<HandoverClient>> entry : clientsByRoot.entrySet()) {
            List<Worker> partitionWorkers = workersByRoot.getOrDefault(entry.getKey(), List.of());
            partitions.add(new Partition(sortedWorkers(partitionWorkers), entry.getValue()));
        }
        if (!uncovered.isEmpty()) {
            uncovered.sort(Comparator.comparing(HandoverClient::personId));
            partitions.add(new Partition(List.of(), uncovered));
        }
        return partitions;
    }

    private static List<Worker> sortedWorkers(List<Worker> workers) {
        List<Worker> sorted = new ArrayList<>(workers);
        sorted.sort(Comparator.comparing(Worker::id));
        return sorted;
    }

    private String find(String code) {
        String root = code;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(code, root);
        return root;
    }

    /** The smaller code becomes the root, so roots (and partition order) do not depend on input order. */
    private void union(String left, String right) {
        String leftRoot = find(left);
        String rightRoot = find(right);
        if (leftRoot.equals(rightRoot)) {
            return;
        }
        if (leftRoot.compareTo(rightRoot) < 0) {
            parent.put(rightRoot, leftRoot);
        } else {
            parent.put(leftRoot, rightRoot);
        }
    }
}
