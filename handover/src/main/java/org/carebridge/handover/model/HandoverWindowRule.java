package org.carebridge.handover.model;

import java.time.LocalDate;

/**
 * When a handover happens relative to the wave's cutover date. Shared by the pairing (the worker must be in post
 * at the window's start and stay well past cutover) and the plan builder (which dates the window), so that both
 * always agree.
 *
 * @param leadDays              the window starts this many days before cutover
 * @param stayDaysAfterCutover  the incoming worker must not leave within this many days after cutover
 */
public record HandoverWindowRule(int leadDays, int stayDaysAfterCutover) {

    public HandoverWindowRule {
        if (leadDays < 1 || stayDaysAfterCutover < 0) {
            throw new IllegalArgumentException("leadDays must be positive and stayDaysAfterCutover not negative");
        }
    }

    /** Four weeks of handover, and the new worker must stay at least three months after cutover. */
    public static HandoverWindowRule defaults() {
        return new HandoverWindowRule(28, 90);
    }

    public LocalDate windowStart(LocalDate cutover) {
        return cutover.minusDays(leadDays);
    }

    public LocalDate mustStayUntil(LocalDate cutover) {
        return cutover.plusDays(stayDaysAfterCutover);
    }
}
