package org.carebridge.generator.people;

/** The three localities of Bexley that teams and wave plans are organised by. */
public enum Locality {
    NORTH, CENTRAL, SOUTH
}
