package org.carebridge.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many distinct people, from which seed, as extracted on which day, with what share
 * of deliberately defective rows. Same settings, same bytes.
 *
 * @param people     distinct humans (the CLI's {@code --clients}); each is known to the council, Oxleas or both
 * @param seed       the seed every random choice derives from
 * @param asOf       the extract date: nothing happens after it except planned dates (review due, workforce dates)
 * @param defectRate the chance that a row of a table that can carry defects is made defective (0 for clean data)
 */
public record GeneratorSettings(long people, long seed, LocalDate asOf, double defectRate) {

    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 10, 31);
    public static final double DEFAULT_DEFECT_RATE = 0.005;

    public GeneratorSettings {
        Objects.requireNonNull(asOf, "asOf");
        if (people < 1) {
            throw new IllegalArgumentException("people must be at least 1, was " + people);
        }
        if (!(defectRate >= 0 && defectRate <= 0.5)) {
            throw new IllegalArgumentException("defectRate must be between 0 and 0.5, was " + defectRate);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds settings; unset values take the defaults (1,000 people, seed 1, 2026-10-31, 0.5% defects). */
    public static final class Builder {
        private long people = 1_000;
        private long seed = 1;
        private LocalDate asOf = DEFAULT_AS_OF;
        private double defectRate = DEFAULT_DEFECT_RATE;

        private Builder() {
        }

        public Builder people(long people) {
            this.people = people;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        public Builder defectRate(double defectRate) {
            this.defectRate = defectRate;
            return this;
        }

        public GeneratorSettings build() {
            return new GeneratorSettings(people, seed, asOf, defectRate);
        }
    }
}
