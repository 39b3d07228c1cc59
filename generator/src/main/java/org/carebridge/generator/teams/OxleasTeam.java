package org.carebridge.generator.teams;

/** Oxleas' Bexley community mental-health teams (MHS902ServiceTeamDetails.csv) and their merged team. */
public enum OxleasTeam {
    CMHT_NORTH("OXBX-CMHT-N", "A06", "Bexley CMHT North", "NORTH", "BC-MHN", true),
    CMHT_CENTRAL("OXBX-CMHT-C", "A06", "Bexley CMHT Central", "CENTRAL", "BC-MHC", true),
    CMHT_SOUTH("OXBX-CMHT-S", "A06", "Bexley CMHT South", "SOUTH", "BC-MHS", true),
    EIP("OXBX-EIP", "A14", "Bexley Early Intervention in Psychosis", "BOROUGH", "BC-MHB", true),
    CRISIS("OXBX-CRHT", "A02", "Bexley Crisis Resolution and Home Treatment", "BOROUGH", "BC-MHB", false),
    OLDER_ADULTS("OXBX-OACMHT", "A07", "Bexley Older Adults CMHT (Organic)", "BOROUGH", "BC-MHB", true);

    private final String id;
    private final String teamType;
    private final String teamName;
    private final String locality;
    private final String mergedTeam;
    private final boolean coordinatesCare;

    OxleasTeam(String id, String teamType, String teamName, String locality, String mergedTeam,
               boolean coordinatesCare) {
        this.id = id;
        this.teamType = teamType;
        this.teamName = teamName;
        this.locality = locality;
        this.mergedTeam = mergedTeam;
        this.coordinatesCare = coordinatesCare;
    }

    /** CareProfTeamLocalId. */
    public String id() {
        return id;
    }

    /** MHSDS service team type (ServTeamTypeMH). */
    public String teamType() {
        return teamType;
    }

    public String teamName() {
        return teamName;
    }

    public String locality() {
        return locality;
    }

    public String mergedTeam() {
        return mergedTeam;
    }

    /** Whether the team's patients have a named care coordinator (crisis work is short and shared). */
    public boolean coordinatesCare() {
        return coordinatesCare;
    }
}
