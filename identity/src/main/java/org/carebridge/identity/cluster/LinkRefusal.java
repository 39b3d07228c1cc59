package org.carebridge.identity.cluster;

/** Why clustering would not join two records' groups; the pair goes to review instead. */
public enum LinkRefusal {
    /** A reviewer decided that two of the records are different people. */
    DIFFERENT_PEOPLE_DECISION("different_people_decision"),
    /** The joined group would hold two different valid, verified NHS numbers. */
    VERIFIED_NHS_CONFLICT("verified_nhs_conflict"),
    /** Both groups already belong to different merged persons from earlier runs. */
    EXISTING_PERSONS("existing_persons"),
    /** Some record of one group looks clearly like a different person from some record of the other. */
    INCOHERENT("incoherent_group");

    private final String label;

    LinkRefusal(String label) {
        this.label = label;
    }

    /** The refusal as evidence shows it. */
    public String label() {
        return label;
    }
}
