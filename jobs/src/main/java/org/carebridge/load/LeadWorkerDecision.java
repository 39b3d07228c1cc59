package org.carebridge.load;

/**
 * Who leads an open client after cutover, and why; or why nobody can.
 *
 * @param workerId the merged lead worker, {@code null} when none can be named
 * @param teamCode their merged team
 * @param basis    CONTINUING (a current legacy lead worker continues), INTERIM_TEAM_MANAGER (nobody continues: the
 *                 team manager holds the case until a handover), or NONE
 * @param reason   for NONE, why no lead worker can be named
 */
public record LeadWorkerDecision(String workerId, String teamCode, String basis, String reason) {

    public static LeadWorkerDecision none(String reason) {
        return new LeadWorkerDecision(null, null, "NONE", reason);
    }

    public boolean named() {
        return workerId != null;
    }
}
