package org.carebridge.handover.pairing;

/**
 * A worker's weighted load after the pairing.
 *
 * @param workerId       merged worker id
 * @param pointsAfter    load kept outside the problem plus the clients proposed to them
 * @param capacityPoints the worker's ceiling
 * @param newClients     clients proposed to them in this run
 */
public record WorkerLoad(String workerId, int pointsAfter, int capacityPoints, int newClients) {

    public double ratio() {
        return capacityPoints == 0 ? (pointsAfter == 0 ? 0 : Double.POSITIVE_INFINITY)
                : (double) pointsAfter / capacityPoints;
    }
}
