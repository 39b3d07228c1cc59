package org.carebridge.generator.teams;

import java.time.LocalDate;

/** The council's teams (TEAMS.csv) and the merged Bexley Care team each one's workers move to. */
public enum CouncilTeam {
    OPN("Older People North", "OP", "NORTH", true, "BC-ADN"),
    OPC("Older People Central", "OP", "CENTRAL", true, "BC-ADC"),
    OPS("Older People South", "OP", "SOUTH", true, "BC-ADS"),
    PDB("Physical Disability", "PD", "BOROUGH", true, null),
    LDB("Learning Disability", "LD", "BOROUGH", true, "BC-LD"),
    MHN("Mental Health Social Work North", "MH", "NORTH", true, "BC-MHN"),
    MHC("Mental Health Social Work Central", "MH", "CENTRAL", true, "BC-MHC"),
    MHS("Mental Health Social Work South", "MH", "SOUTH", true, "BC-MHS"),
    INT("Intake and Reablement", "INT", "BOROUGH", true, "BC-REA"),
    MGT("Adult Social Care Management", "MGT", "BOROUGH", true, null),
    /** Closed in a 2022 restructure: it appears only in ended allocations. */
    HSD("Hospital Discharge Social Work", "INT", "BOROUGH", false, null);

    /** The day the inactive team's last allocations ended. */
    public static final LocalDate HSD_CLOSED = LocalDate.of(2022, 3, 31);

    private final String teamName;
    private final String serviceArea;
    private final String locality;
    private final boolean active;
    private final String mergedTeam;

    CouncilTeam(String teamName, String serviceArea, String locality, boolean active, String mergedTeam) {
        this.teamName = teamName;
        this.serviceArea = serviceArea;
        this.locality = locality;
        this.active = active;
        this.mergedTeam = mergedTeam;
    }

    public String code() {
        return name();
    }

    public String teamName() {
        return teamName;
    }

    public String serviceArea() {
        return serviceArea;
    }

    public String locality() {
        return locality;
    }

    public boolean active() {
        return active;
    }

    /** Whether the team holds clients (management and the closed team do not). */
    public boolean holdsClients() {
        return active && !"MGT".equals(serviceArea);
    }

    public boolean mentalHealth() {
        return "MH".equals(serviceArea);
    }

    /**
     * The merged team the team's continuing workers join, or {@code null}: physical disability workers are
     * spread over the three adults teams, management stays out of the merged caseload teams.
     */
    public String mergedTeam() {
        return mergedTeam;
    }
}
