package org.carebridge.generator.staff;

/**
 * Oxleas professions with MHSDS-shaped staff group (CareProfStaffGpMH), ESR-shaped job role code and
 * registration body. The codes look like the national ones but are local stand-ins, not verified values.
 */
public enum Profession {
    CONSULTANT("01", "R0260", "GM", false, null),
    NURSE("05", "R0680", "NM", true, "NURSE"),
    SOCIAL_WORKER("09", "R1600", "SW", true, "SOCIAL_WORKER"),
    OCCUPATIONAL_THERAPIST("07", "R0780", "HC", true, "OT"),
    PSYCHOLOGIST("06", "R1390", "HC", true, "PSYCHOLOGIST"),
    SUPPORT_WORKER("11", "R1450", null, false, "SUPPORT_WORKER"),
    TEAM_MANAGER("05", "R1720", "NM", false, "TEAM_MANAGER");

    private final String staffGroup;
    private final String jobRole;
    private final String registrationBody;
    private final boolean coordinatesCare;
    private final String mergedRole;

    Profession(String staffGroup, String jobRole, String registrationBody, boolean coordinatesCare,
               String mergedRole) {
        this.staffGroup = staffGroup;
        this.jobRole = jobRole;
        this.registrationBody = registrationBody;
        this.coordinatesCare = coordinatesCare;
        this.mergedRole = mergedRole;
    }

    public String staffGroup() {
        return staffGroup;
    }

    public String jobRole() {
        return jobRole;
    }

    public String registrationBody() {
        return registrationBody;
    }

    public boolean coordinatesCare() {
        return coordinatesCare;
    }

    /** The merged organisation's role, or {@code null}: consultants stay with the trust's medical staffing. */
    public String mergedRole() {
        return mergedRole;
    }
}
