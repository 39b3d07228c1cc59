package org.carebridge.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.carebridge.audit.AuditTrail;
import org.carebridge.handovers.HandoverAccessDenied;
import org.carebridge.handovers.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what in the console and the REST API.
 * <ul>
 * <li>Pages: form sign-in (or OIDC when a client registration is configured), CSRF tokens on every form, a session
 * that times out ({@code carebridge.console.session-timeout}), a content security policy without inline scripts or
 * styles, frames denied, no referrer, and {@code Cache-Control: no-store} on every response.</li>
 * <li>{@code /api/**}: HTTP Basic, stateless (no session cookie is read, so there is no ambient credential for a
 * cross-site request to ride on, and no CSRF token is needed); changes must be JSON; 401 carries no
 * {@code WWW-Authenticate} so browsers never cache the credentials.</li>
 * <li>Roles: CLINICAL_LEAD decides handovers of their own teams; GOVERNANCE and ADMIN read every case and the
 * audit trail; MIGRATION_OPERATOR sees waves and the identity review queue; all see wave status.</li>
 * </ul>
 * Every refusal is written to the audit trail (who, what they reached for).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] CASE_READERS = {Viewer.CLINICAL_LEAD, Viewer.GOVERNANCE, Viewer.ADMIN};
    private static final String[] EVERYONE = {Viewer.OPERATOR, Viewer.CLINICAL_LEAD, Viewer.GOVERNANCE, Viewer.ADMIN};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleUsersProperties users) {
        return ConsoleUserDirectory.of(users);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuditTrail audit) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/handovers/*/approve", "/api/handovers/*/reject",
                                "/api/handovers/*/repair").hasRole(Viewer.CLINICAL_LEAD)
                        .requestMatchers(HttpMethod.GET, "/api/handovers", "/api/handovers/**").hasAnyRole(CASE_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/waves/*/handovers").hasAnyRole(Viewer.OPERATOR, Viewer.ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        json(response, HttpServletResponse.SC_UNAUTHORIZED, "sign-in required")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler(audited(audit, true)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuditTrail audit,
                              ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/error", "/error/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/handovers/*/approve", "/handovers/*/reject",
                                "/handovers/*/repair").hasRole(Viewer.CLINICAL_LEAD)
                        .requestMatchers("/handovers", "/handovers/**").hasAnyRole(CASE_READERS)
                        .requestMatchers("/identity", "/identity/**").hasAnyRole(Viewer.OPERATOR, Viewer.ADMIN)
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(Viewer.GOVERNANCE, Viewer.ADMIN)
                        .requestMatchers("/", "/waves").hasAnyRole(EVERYONE)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedout").permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(audited(audit, false)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", true));
        }
        return http.build();
    }

    /** Refusals by role are audited here; reach refusals ({@link HandoverAccessDenied}) already were. */
    private static AccessDeniedHandler audited(AuditTrail audit, boolean api) {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
            if (!(denied instanceof HandoverAccessDenied)) {
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                audit.append(new AuditTrail.Record(user == null ? "anonymous" : user.getName(), roles(user),
                        "ACCESS_DENIED", "URL",
                        request.getMethod() + " " + request.getRequestURI(), null, "role does not allow it", null));
            }
            if (api) {
                json(response, HttpServletResponse.SC_FORBIDDEN, "not allowed");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    /** The user's Carebridge roles, comma-separated, as the audit trail's role column holds them. */
    private static String roles(Authentication user) {
        if (user == null) {
            return null;
        }
        String roles = user.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted()
                .collect(java.util.stream.Collectors.joining(","));
        return roles.length() > 40 ? roles.substring(0, 40) : roles;
    }

    private static void json(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}
