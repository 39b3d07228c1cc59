package org.carebridge.mappings;

import org.carebridge.legacy.SourceTable;

/**
 * A source column whose values go through a mapping table. {@code postcodeDistrict} marks a derived value:
 * the district part of a postcode ({@code DA7} of {@code DA7 4QT}), which decides a person's locality.
 */
public record MappedField(SourceTable table, String column, boolean postcodeDistrict) {

    public static MappedField of(SourceTable table, String column) {
        return new MappedField(table, column, false);
    }

    public static MappedField districtOf(SourceTable table, String column) {
        return new MappedField(table, column, true);
    }

    /** The value the mapping table is looked up with, from the staged value. */
    public String rawValue(String staged) {
        return postcodeDistrict ? Postcodes.district(staged) : staged;
    }

    @Override
    public String toString() {
        return table.tableName() + "." + column + (postcodeDistrict ? " (postcode district)" : "");
    }
}
