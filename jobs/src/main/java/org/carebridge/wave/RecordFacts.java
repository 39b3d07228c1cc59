package org.carebridge.wave;

import java.util.Set;
import org.carebridge.identity.person.SourceRef;

/**
 * What a wave selector can see of one legacy person record: the teams holding it now (or last), their council
 * service areas or MHSDS team types, and the localities of the person and those teams.
 */
public record RecordFacts(SourceRef record, Set<String> teams, Set<String> serviceAreas, Set<String> teamTypes,
                          Set<String> localities) {

    public RecordFacts {
        teams = Set.copyOf(teams);
        serviceAreas = Set.copyOf(serviceAreas);
        teamTypes = Set.copyOf(teamTypes);
        localities = Set.copyOf(localities);
    }
}
