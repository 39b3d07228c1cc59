package org.carebridge.handover.model;

/** Competencies of the workforce plan ({@code workforce.csv}, column {@code competencies}). */
public enum Competency {
    CARE_COORDINATOR, AMHP, MH, LD, OP, PD, DEMENTIA, SAFEGUARDING_LEAD
}
