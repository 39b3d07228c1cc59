package org.carebridge.handovers;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns a signed-in user (form sign-in or OIDC) into a {@link Viewer} with the teams they lead. */
@Component
public class Viewers {

    private final TeamCatalogue teams;

    public Viewers(TeamCatalogue teams) {
        this.teams = teams;
    }

    public Viewer of(Authentication authentication) {
        Set<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        String user = authentication.getName();
        return new Viewer(user, roles, roles.contains(Viewer.CLINICAL_LEAD) ? teams.teamsLedBy(user) : new TreeSet<>());
    }

    /** A viewer for the command line, which trusts the operating-system account running it (like wave commands). */
    public Viewer commandLine(String user, String role) {
        return new Viewer(user, Set.of(role), Viewer.CLINICAL_LEAD.equals(role) ? teams.teamsLedBy(user)
                : new TreeSet<>());
    }
}
