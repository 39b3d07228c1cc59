package org.carebridge.handover.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A team of the merged organisation as configured in {@code config/teams.yml}.
 *
 * @param code          team code, e.g. {@code BC-MHS}
 * @param locality      the locality it covers; {@link Locality#BOROUGH} covers every locality
 * @param serviceLines  the service lines it covers
 * @param clinicalLead  console user id of the clinical lead who approves the team's handovers
 */
public record MergedTeam(String code, Locality locality, Set<ServiceLine> serviceLines, String clinicalLead) {

    public MergedTeam {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locality, "locality");
        EnumSet<ServiceLine> lines = EnumSet.noneOf(ServiceLine.class);
        lines.addAll(serviceLines);
        serviceLines = Collections.unmodifiableSet(lines);
    }

    public boolean covers(Locality clientLocality, ServiceLine serviceLine) {
        return (locality == Locality.BOROUGH || locality == clientLocality) && serviceLines.contains(serviceLine);
    }
}
