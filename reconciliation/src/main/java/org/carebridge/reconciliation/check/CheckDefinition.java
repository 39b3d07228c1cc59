package org.carebridge.reconciliation.check;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a check is, independent of any run: a stable id (the key tolerances and dispositions refer to),
 * a short title, its category, a plain-English description for non-engineers, and the unit it counts in.
 *
 * @param id          lower-case letters, digits and hyphens, e.g. {@code ledger-council-clients}; ids appear in
 *                    file names, config keys and exception ids, so they are kept to characters safe in all three
 * @param description what the check proves, in words a board member can follow
 */
public record CheckDefinition(String id, String title, Category category, String description, Unit unit) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public CheckDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("check id '" + id
                    + "' must be 1-80 lower-case letters, digits and hyphens, starting with a letter or digit");
        }
        requireText(title, id, "title");
        requireText(description, id, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
    }

    private static void requireText(String value, String id, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("check " + id + ": a " + what + " is required");
        }
    }
}
