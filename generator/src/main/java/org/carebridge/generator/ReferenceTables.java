package org.carebridge.generator;

import org.carebridge.generator.output.OutputFiles;
import org.carebridge.generator.output.TableSink;
import org.carebridge.generator.staff.CouncilStaff;
import org.carebridge.generator.staff.CouncilWorker;
import org.carebridge.generator.staff.OxleasClinician;
import org.carebridge.generator.staff.OxleasStaff;
import org.carebridge.generator.staff.WorkforcePlan;
import org.carebridge.generator.teams.CouncilTeam;
import org.carebridge.generator.teams.OxleasTeam;
import org.carebridge.legacy.SourceTable;

/** Writes the small reference tables (teams, workers, staff, the workforce plan) before any person. */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static void write(OutputFiles out, CouncilStaff council, OxleasStaff oxleas, WorkforcePlan plan) {
        TableSink teams = out.sink(SourceTable.COUNCIL_TEAMS);
        for (CouncilTeam t : CouncilTeam.values()) {
            teams.writeClean(t.code(), t.teamName(), t.serviceArea(), t.locality(), t.active() ? "Y" : "N");
        }
        TableSink workers = out.sink(SourceTable.COUNCIL_WORKERS);
        for (CouncilWorker w : council.workers()) {
            workers.writeClean(Long.toString(w.id()), w.forename(), w.surname(), w.role(), w.team().code(), w.fte(),
                    w.active() ? "Y" : "N");
        }
        TableSink oxTeams = out.sink(SourceTable.OXLEAS_TEAMS);
        for (OxleasTeam t : OxleasTeam.values()) {
            oxTeams.writeClean(t.id(), t.teamType(), t.teamName(), t.locality());
        }
        TableSink staff = out.sink(SourceTable.OXLEAS_STAFF);
        for (OxleasClinician c : oxleas.clinicians()) {
            staff.writeClean(c.id(), c.profession().staffGroup(), c.profession().jobRole(),
                    c.profession().registrationBody(), c.registrationId(), c.givenName(), c.familyName(),
                    c.team().id(), c.fte(), c.amhp() ? "Y" : "N");
        }
        TableSink workforce = out.sink(SourceTable.WORKFORCE_PLAN);
        for (String[] row : plan.rows()) {
            workforce.writeClean(row);
        }
    }
}
