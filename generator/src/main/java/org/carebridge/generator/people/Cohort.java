package org.carebridge.generator.people;

/** Which legacy systems know a person. */
public enum Cohort {
    COUNCIL_ONLY, BOTH, OXLEAS_ONLY;

    public boolean council() {
        return this != OXLEAS_ONLY;
    }

    public boolean oxleas() {
        return this != COUNCIL_ONLY;
    }
}
