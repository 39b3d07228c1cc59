package org.carebridge.wave;

import java.util.List;
import java.util.Map;

/**
 * The wave plan as the migration team reads it.
 *
 * @param cohorts    wave → people in it (in plan order)
 * @param unassigned people no wave's selectors match
 * @param conflicts  people whose records match more than one wave (settled by order)
 * @param lateJoiners people whose wave had already cut over, joining the next one
 */
public record PlanReport(Map<String, Integer> cohorts, List<String> unassigned, Map<String, List<String>> conflicts,
                         List<String> lateJoiners) {
}
