package org.carebridge.staging;

import org.carebridge.council.CouncilJdbcSource;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.springframework.stereotype.Component;

/** Opens the reader for one source table of a staging request: its CSV file, or the council's JDBC schema. */
@Component
public class SourceOpener {

    private final SourcesProperties sources;

    public SourceOpener(SourcesProperties sources) {
        this.sources = sources;
    }

    public SourceTableReader reader(StagingRequest request, SourceTable table) {
        if (table.system() == SourceSystem.COUNCIL && request.councilJdbc()) {
            return councilJdbc().reader(table);
        }
        return new CsvSourceTableReader(table, switch (table.system()) {
            case COUNCIL -> request.council().file(table);
            case OXLEAS -> request.oxleas().file(table);
            case WORKFORCE -> request.workforceFile();
        });
    }

    public CouncilJdbcSource councilJdbc() {
        return new CouncilJdbcSource(sources.council().jdbc());
    }

    /** A description of each side for the record, without credentials. */
    public String describeCouncil(StagingRequest request) {
        if (request.councilJdbc()) {
            return councilJdbc().description();
        }
        return request.councilBundle() == null ? null : request.councilBundle().toString();
    }
}
