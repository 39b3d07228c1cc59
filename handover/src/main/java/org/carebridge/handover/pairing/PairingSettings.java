package org.carebridge.handover.pairing;

import java.time.Duration;
import java.util.Objects;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * How a pairing run is solved. Use {@link #reproducible(long)} in tests (a move limit and a fixed seed give the
 * same answer on every machine) and {@link #timeBoxed(Duration)} for real waves.
 *
 * @param policy               rule parameters
 * @param weights              soft rule weights
 * @param timeLimit            total solving time over all partitions, or {@code null}
 * @param unimprovedTimeLimit  stop a partition once its best score has not improved for this long, or {@code null}
 * @param localSearchMoveLimit moves local search evaluates per partition, or {@code null}; a move limit rather
 *                             than a step limit, because at an optimum no move is accepted and steps stop counting
 * @param randomSeed           the solver's random seed
 * @param environmentMode      Timefold's environment mode (a reproducible one unless debugging)
 * @param partitioned          solve independent sub-problems separately (see the module README)
 */
public record PairingSettings(PairingPolicy policy, PairingWeights weights, Duration timeLimit,
                              Duration unimprovedTimeLimit, Long localSearchMoveLimit, long randomSeed,
                              EnvironmentMode environmentMode, boolean partitioned) {

    private static final long DEFAULT_SEED = 20_260_601L;

    public PairingSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(environmentMode, "environmentMode");
        if (timeLimit == null && unimprovedTimeLimit == null && localSearchMoveLimit == null) {
            throw new IllegalArgumentException("a time limit, an unimproved time limit or a move limit is needed");
        }
        if (localSearchMoveLimit != null && localSearchMoveLimit < 0) {
            throw new IllegalArgumentException("localSearchMoveLimit must not be negative");
        }
    }

    /** Deterministic: construction plus {@code localSearchMoves} local search moves per partition, fixed seed. */
    public static PairingSettings reproducible(long localSearchMoves) {
        return new PairingSettings(PairingPolicy.defaults(), PairingWeights.defaults(), null, null, localSearchMoves,
                DEFAULT_SEED, EnvironmentMode.NO_ASSERT, true);
    }

    /** For real runs: at most {@code total} of solving, shared between partitions by their number of clients. */
    public static PairingSettings timeBoxed(Duration total) {
        return new PairingSettings(PairingPolicy.defaults(), PairingWeights.defaults(), total, null, null,
                DEFAULT_SEED, EnvironmentMode.NO_ASSERT, true);
    }

    public PairingSettings withPolicy(PairingPolicy value) {
        return new PairingSettings(value, weights, timeLimit, unimprovedTimeLimit, localSearchMoveLimit, randomSeed,
                environmentMode, partitioned);
    }

    public PairingSettings withWeights(PairingWeights value) {
        return new PairingSettings(policy, value, timeLimit, unimprovedTimeLimit, localSearchMoveLimit, randomSeed,
                environmentMode, partitioned);
    }

    public PairingSettings withUnimprovedTimeLimit(Duration value) {
        return new PairingSettings(policy, weights, timeLimit, value, localSearchMoveLimit, randomSeed,
                environmentMode, partitioned);
    }

    public PairingSettings withEnvironmentMode(EnvironmentMode value) {
        return new PairingSettings(policy, weights, timeLimit, unimprovedTimeLimit, localSearchMoveLimit, randomSeed,
                value, partitioned);
    }

    public PairingSettings withPartitioning(boolean value) {
        return new PairingSettings(policy, weights, timeLimit, unimprovedTimeLimit, localSearchMoveLimit, randomSeed,
                environmentMode, value);
    }
}
