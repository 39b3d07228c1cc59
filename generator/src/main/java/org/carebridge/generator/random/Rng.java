package org.carebridge.generator.random;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance. Every stream is derived from the run's seed and a stable
 * position (a person's index, a stream name), never from a clock or from the order in which other
 * streams were used, so that the same settings always give the same bytes and one stream's use does
 * not shift another's.
 */
public final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream for {@code position} within the named {@code stream} of a run seeded with {@code seed}. */
    public static Rng of(long seed, long stream, long position) {
        return new Rng(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (stream + 1)) + position));
    }

    /** A stable 64-bit id for a stream name (not {@link String#hashCode}, whose spread is poor). */
    public static long stream(String name) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public boolean chance(double probability) {
        return probability > 0 && random.nextDouble() < probability;
    }

    /** A whole number in {@code [min, max]}. */
    public int between(int min, int max) {
        return min == max ? min : random.nextInt(min, max + 1);
    }

    public long betweenLong(long min, long max) {
        return min == max ? min : random.nextLong(min, max + 1);
    }

    public double uniform(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    /** An exponentially distributed amount with the given mean: many small values, a long tail. */
    public double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the given relative weights. */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day in {@code [from, to]}; {@code from} when the range is empty. */
    public LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** A working-hours moment on {@code day}. */
    public LocalDateTime timeOn(LocalDate day) {
        return day.atTime(between(8, 18), between(0, 59), between(0, 59));
    }
}
