package org.carebridge.generator.output;

import java.util.function.Predicate;
import org.carebridge.generator.random.Rng;

/**
 * One way a row of a given table can be made defective.
 *
 * @param defect  what is done, as {@code WHAT:COLUMN} (e.g. {@code END_BEFORE_START:END_DATE})
 * @param rule    the rule id a checker should report: a {@code FormatRule} id or a data-quality rule id
 * @param weight  how often this option is chosen relative to the table's others
 * @param kind    how the defect is written
 * @param column  the column concerned (for {@link Kind#UNTERMINATED_QUOTE}: the field whose quote is left open)
 * @param applies whether the option fits the row (an end date to corrupt must exist, say)
 * @param mutate  the change made to the row's fields, for {@link Kind#MUTATE} and {@link Kind#DUPLICATE_KEY}
 */
record DefectOption(String defect, String rule, double weight, Kind kind, int column, Predicate<String[]> applies,
                    Mutation mutate) {

    enum Kind {
        /** Field values are changed; the row stays well-formed CSV. */
        MUTATE,
        /** The row gets one field more than the header. */
        EXTRA_FIELD,
        /** A quoted field is opened and never closed. */
        UNTERMINATED_QUOTE,
        /** After the row, a second row with the same key is written; the second is the defect. */
        DUPLICATE_KEY
    }

    interface Mutation {
        void apply(String[] row, Rng rng);
    }
}
