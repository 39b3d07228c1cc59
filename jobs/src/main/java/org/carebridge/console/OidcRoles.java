package org.carebridge.console;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.carebridge.handovers.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Production sign-in through OIDC (off unless a client registration is configured): the identity provider's
 * roles claim ({@code carebridge.console.oidc.roles-claim}, default {@code roles}) carries the Carebridge role
 * names; anything else is ignored, so a user with no Carebridge role reaches nothing.
 */
@Configuration
@ConditionalOnWebApplication
class OidcRoles {

    private static final Set<String> KNOWN = Set.of(Viewer.OPERATOR, Viewer.CLINICAL_LEAD, Viewer.GOVERNANCE,
            Viewer.ADMIN);

    @Bean
    @ConditionalOnBean(ClientRegistrationRepository.class)
    GrantedAuthoritiesMapper oidcRoleMapper(@Value("${carebridge.console.oidc.roles-claim:roles}") String claim) {
        return authorities -> map(authorities, claim);
    }

    static Collection<GrantedAuthority> map(Collection<? extends GrantedAuthority> authorities, String claim) {
        Set<GrantedAuthority> mapped = new HashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Object roles = oidc.getAttributes().get(claim);
                if (roles instanceof Collection<?> values) {
                    for (Object value : values) {
                        if (value != null && KNOWN.contains(value.toString())) {
                            mapped.add(new SimpleGrantedAuthority("ROLE_" + value));
                        }
                    }
                }
            }
        }
        return mapped;
    }
}
