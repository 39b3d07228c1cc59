package org.carebridge.legacy;

/** The three parties whose data Carebridge reads, as named in the interface agreement. */
public enum SourceSystem {
    /** The council's adult social care case-management system (Oracle schema {@code ASC}, or its CSV bundle). */
    COUNCIL,
    /** Oxleas' patient system extract (RiO, MHSDS-shaped CSV bundle with a manifest). */
    OXLEAS,
    /** The HR workforce plan of the merged organisation. */
    WORKFORCE
}
