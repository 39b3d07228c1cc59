package org.carebridge.handover.model;

/** A locality of the merged organisation; {@link #BOROUGH} is used by teams that cover all of them. */
public enum Locality {
    NORTH, CENTRAL, SOUTH, BOROUGH
}
