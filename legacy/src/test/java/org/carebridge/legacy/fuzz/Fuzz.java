package org.carebridge.legacy.fuzz;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A bounded, seeded property check: a property runs on a fixed number of generated inputs and, at the first one
 * it fails on, the failure names the seed, the try and the input, so the case can be replayed and kept as a test.
 *
 * <p>The seed is fixed so that every build runs the same cases; {@code -Dcarebridge.fuzz.seed=N} explores others
 * and {@code -Dcarebridge.fuzz.scale=K} multiplies every property's tries (for a long run on a workstation).
 */
final class Fuzz {

    static final long SEED = Long.getLong("carebridge.fuzz.seed", 20_261_123L);
    static final int SCALE = Integer.getInteger("carebridge.fuzz.scale", 1);

    private Fuzz() {
    }

    /** Checks {@code property} on {@code tries × scale} inputs from {@code generator}. */
    static <T> void check(String name, int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
        SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
        long all = (long) tries * SCALE;
        for (long i = 0; i < all; i++) {
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(name + " fails on try " + (i + 1) + " of " + all + " (seed " + SEED
                        + ", -Dcarebridge.fuzz.seed=" + SEED + " replays it); input: " + Printable.of(input), failure);
            }
        }
    }
}
