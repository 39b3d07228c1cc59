package org.carebridge.handover.model;

/** The merged teams' service lines ({@code config/teams.yml}). */
public enum ServiceLine {
    OLDER_ADULTS, PHYSICAL_DISABILITY, MENTAL_HEALTH, LEARNING_DISABILITY, REABLEMENT
}
