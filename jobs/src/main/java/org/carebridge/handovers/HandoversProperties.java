package org.carebridge.handovers;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How handovers are proposed and planned ({@code carebridge.handovers.*} in {@code config/application.yml}).
 *
 * @param solveTime          total solving time of one proposal run (shared between independent team groups)
 * @param unimprovedTime     a group stops early once its best score has not improved for this long
 * @param moveLimit          if set, a reproducible run instead: construction plus this many local-search moves
 *                           per group with a fixed seed (tests); the time limits are then ignored
 * @param familiarityWindow  case notes and contacts in this period before cutover count as knowing the client
 * @param leadDays           the handover window opens this many days before cutover
 * @param stayDays           the incoming worker must stay at least this many days after cutover
 * @param jointVisits        joint visits of outgoing and incoming worker in the window
 * @param followUpDays       days after cutover of the review that completes the handover
 * @param weeklyLimit        new handovers one worker takes on in a week before the soft rule bites
 */
@ConfigurationProperties("carebridge.handovers")
public record HandoversProperties(Duration solveTime, Duration unimprovedTime, Long moveLimit,
                                  Period familiarityWindow, Integer leadDays, Integer stayDays, Integer jointVisits,
                                  Integer followUpDays, Integer weeklyLimit) {

    public HandoversProperties {
        solveTime = solveTime == null ? Duration.ofSeconds(60) : solveTime;
        familiarityWindow = familiarityWindow == null ? Period.ofYears(2) : familiarityWindow;
        leadDays = leadDays == null ? 28 : leadDays;
        stayDays = stayDays == null ? 90 : stayDays;
        jointVisits = jointVisits == null ? 2 : jointVisits;
        followUpDays = followUpDays == null ? 28 : followUpDays;
        weeklyLimit = weeklyLimit == null ? 3 : weeklyLimit;
    }

    /** One line for the run record, so a run's figures can be traced to the settings that produced them. */
    String describe() {
        return moveLimit != null ? "reproducible: " + moveLimit + " moves per group, fixed seed"
                : "time-boxed: " + solveTime + (unimprovedTime == null ? "" : ", unimproved " + unimprovedTime);
    }
}
