package org.carebridge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkforceTest {

    private static final LocalDate CUTOVER = LocalDate.of(2026, 11, 1);

    private static Workforce.Entry worker(String id, String team, String role, LocalDate from, LocalDate leaving) {
        return new Workforce.Entry(id, "COUNCIL", "L" + id, team, role, null, null, null, null, from, leaving);
    }

    @Test
    void theTeamManagerIsTheLowestIdOfThatTeamsManagersInPostOnTheCutoverDate() {
        Workforce workforce = new Workforce(List.of(
                worker("W9", "T1", "TEAM_MANAGER", null, null),
                worker("W1", "T1", "TEAM_MANAGER", null, CUTOVER), // leaves on the day: not in post
                worker("W2", "T1", "TEAM_MANAGER", CUTOVER.plusDays(1), null), // not yet arrived
                worker("W3", "T1", "SOCIAL_WORKER", null, null),
                worker("W4", "T2", "TEAM_MANAGER", null, null),
                worker("W5", "T1", "TEAM_MANAGER", CUTOVER, null)));

        assertThat(workforce.teamManager("T1", CUTOVER)).map(Workforce.Entry::workerId).contains("W5");
        assertThat(workforce.teamManager("T2", CUTOVER)).map(Workforce.Entry::workerId).contains("W4");
    }

    @Test
    void aTeamWithoutAManagerInPostHasNone() {
        Workforce workforce = new Workforce(List.of(worker("W1", "T1", "SOCIAL_WORKER", null, null),
                worker("W2", "T1", "TEAM_MANAGER", null, CUTOVER.minusDays(1))));

        assertThat(workforce.teamManager("T1", CUTOVER)).isEmpty();
        assertThat(workforce.teamManager("T3", CUTOVER)).isEmpty();
    }
}
