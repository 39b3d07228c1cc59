package org.carebridge.handover.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.handover.fixtures.ClientBuilder.client;
import static org.carebridge.handover.fixtures.WorkerBuilder.worker;

import java.util.List;

import org.carebridge.handover.fixtures.Teams;
import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.handover.model.Worker;
import org.junit.jupiter.api.Test;

class ProblemPartitionerTest {

    private final ProblemPartitioner partitioner = new ProblemPartitioner(Teams.all());

    @Test
    void boroughWideMentalHealthTeamJoinsEveryMentalHealthLocalityIntoOnePartition() {
        Worker north = worker("BC1").inTeams("BC-MHN").build();
        Worker south = worker("BC2").inTeams("BC-MHS").build();
        HandoverClient northClient = client("P1").in(Locality.NORTH, ServiceLine.MENTAL_HEALTH).build();
        HandoverClient southClient = client("P2").in(Locality.SOUTH, ServiceLine.MENTAL_HEALTH).build();

        List<ProblemPartitioner.Partition> partitions =
                partitioner.partition(List.of(north, south), List.of(northClient, southClient));

        assertThat(partitions).singleElement().satisfies(partition -> {
            assertThat(partition.workers()).containsExactly(north, south);
            assertThat(partition.clients()).containsExactly(northClient, southClient);
        });
    }

    @Test
    void adultsTeamsOfDifferentLocalitiesAreIndependent() {
        Worker north = worker("BC1").inTeams("BC-ADN").build();
        Worker south = worker("BC2").inTeams("BC-ADS").build();
        HandoverClient northClient = client("P1").in(Locality.NORTH, ServiceLine.OLDER_ADULTS).build();
        HandoverClient southClient = client("P2").in(Locality.SOUTH, ServiceLine.PHYSICAL_DISABILITY).build();

        List<ProblemPartitioner.Partition> partitions =
                partitioner.partition(List.of(north, south), List.of(southClient, northClient));

        assertThat(partitions).hasSize(2);
        assertThat(partitions.get(0).workers()).containsExactly(north);
        assertThat(partitions.get(0).clients()).containsExactly(northClient);
        assertThat(partitions.get(1).workers()).containsExactly(south);
        assertThat(partitions.get(1).clients()).containsExactly(southClient);
    }

    @Test
    void workerInTwoTeamsJoinsTheirPartitions() {
        Worker bridging = worker("BC1").inTeams("BC-ADN", "BC-ADS").build();
        HandoverClient northClient = client("P1").in(Locality.NORTH, ServiceLine.OLDER_ADULTS).build();
        HandoverClient southClient = client("P2").in(Locality.SOUTH, ServiceLine.OLDER_ADULTS).build();

        assertThat(partitioner.partition(List.of(bridging), List.of(northClient, southClient))).hasSize(1);
    }
}
