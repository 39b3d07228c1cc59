package org.carebridge.handover.pairing;

/**
 * A client the pairing could not give a worker without breaking a hard rule: reported, never dropped or forced.
 *
 * @param personId merged person id
 * @param reason   which rule ran out of candidates
 * @param detail   e.g. "no worker in a team covering SOUTH/MENTAL_HEALTH has CARE_COORDINATOR, MH and spare
 *                 capacity for 5 points" (ids and codes only)
 */
public record UnpairedClient(String personId, UnpairedReason reason, String detail) {
}
