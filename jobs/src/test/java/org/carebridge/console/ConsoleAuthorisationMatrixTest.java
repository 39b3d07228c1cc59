package org.carebridge.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.console.ConsoleEndpoints.Who.ADMIN;
import static org.carebridge.console.ConsoleEndpoints.Who.ANONYMOUS;
import static org.carebridge.console.ConsoleEndpoints.Who.CLINICAL_LEAD;
import static org.carebridge.console.ConsoleEndpoints.Who.GOVERNANCE;
import static org.carebridge.console.ConsoleEndpoints.Who.OPERATOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carebridge.console.ConsoleEndpoints.Endpoint;
import org.carebridge.console.ConsoleEndpoints.Who;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.HandoverTestSupport;
import org.carebridge.staging.StagingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every endpoint × every role, against the table below. The endpoints are read from Spring MVC's handler mappings,
 * so a new endpoint without a row here fails the build, and so does a row whose endpoint is gone. Same context and
 * data as {@link ConsoleAuthorisationTest} (real proposals of the mental-health wave); nothing is changed by it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-authorisation;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@AutoConfigureMockMvc
@Import(HandoverTestSupport.Beans.class)
class ConsoleAuthorisationMatrixTest {

    private static final Set<Who> NOBODY_SIGNED_IN = EnumSet.of(ANONYMOUS);
    private static final Set<Who> ANY_ROLE = EnumSet.of(OPERATOR, CLINICAL_LEAD, GOVERNANCE, ADMIN);
    private static final Set<Who> CASE_READERS = EnumSet.of(CLINICAL_LEAD, GOVERNANCE, ADMIN);
    private static final Set<Who> DECIDERS = EnumSet.of(CLINICAL_LEAD);

    /** Who may reach each endpoint; everyone else must be refused (403), or asked to sign in if anonymous. */
    static final Map<String, Set<Who>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", EnumSet.allOf(Who.class)),
            Map.entry("ANY /error", EnumSet.allOf(Who.class)),
            Map.entry("GET /", ANY_ROLE),
            Map.entry("GET /waves", ANY_ROLE),
            Map.entry("GET /handovers", CASE_READERS),
            Map.entry("GET /handovers/{caseId}", CASE_READERS),
            Map.entry("POST /handovers/{caseId}/approve", DECIDERS),
            Map.entry("POST /handovers/{caseId}/reject", DECIDERS),
            Map.entry("POST /handovers/{caseId}/repair", DECIDERS),
            Map.entry("GET /identity", EnumSet.of(OPERATOR, ADMIN)),
            Map.entry("GET /audit", EnumSet.of(GOVERNANCE, ADMIN)),
            Map.entry("GET /api/handovers", CASE_READERS),
            Map.entry("GET /api/handovers/{caseId}", CASE_READERS),
            Map.entry("GET /api/handovers/{caseId}/eligible-workers", CASE_READERS),
            Map.entry("POST /api/handovers/{caseId}/approve", DECIDERS),
            Map.entry("POST /api/handovers/{caseId}/reject", DECIDERS),
            Map.entry("POST /api/handovers/{caseId}/repair", DECIDERS),
            Map.entry("POST /api/waves/{wave}/handovers", EnumSet.of(OPERATOR, ADMIN))));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    HandoverService handovers;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    private ConsoleEndpoints.Ids ids;

    @BeforeEach
    void aCaseOfTheClinicalLeadsOwnTeam() throws Exception {
        ids = ConsoleEndpoints.idsWithACaseOfTheLeadsOwnTeam(handovers, staging, jdbc);
    }

    @Test
    void everyEndpointTheApplicationServesHasARowInTheTableAndEveryRowAnEndpoint() {
        Set<String> served = new java.util.TreeSet<>();
        ConsoleEndpoints.all(context).forEach(e -> served.add(e.toString()));

        assertThat(served).as("endpoints served (left) against rows of the access table").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void everyRoleReachesExactlyTheEndpointsTheTableGivesIt() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : ConsoleEndpoints.all(context)) {
            Set<Who> allowed = ALLOWED.getOrDefault(endpoint.toString(), EnumSet.noneOf(Who.class));
            for (Who who : Who.values()) {
                cells++;
                String outcome = outcome(endpoint, who);
                String expected = allowed.contains(who) ? "allowed" : who == ANONYMOUS ? "sign-in" : "forbidden";
                if (!outcome.equals(expected)) {
                    wrong.add(endpoint + " as " + who + ": expected " + expected + ", got " + outcome);
                }
            }
        }

        assertThat(wrong).as("cells that differ from the table").isEmpty();
        assertThat(cells).isEqualTo(ALLOWED.size() * Who.values().length);
    }

    @Test
    void theTableKeepsAnonymousVisitorsToSignInAndErrorPages() {
        ALLOWED.forEach((endpoint, who) -> {
            if (who.contains(ANONYMOUS)) {
                assertThat(endpoint).isIn("GET /login", "ANY /error");
            }
        });
        assertThat(NOBODY_SIGNED_IN).doesNotContainAnyElementsOf(ANY_ROLE);
    }

    /** allowed, forbidden (403), sign-in (401, or a redirect to the sign-in page), or what went wrong. */
    private String outcome(Endpoint endpoint, Who who) {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(ConsoleEndpoints.request(endpoint, who, ids)).andReturn().getResponse();
        } catch (Exception e) {
            return "an exception out of the handler (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return "sign-in";
        }
        if (status == 403) {
            return "forbidden";
        }
        return status >= 500 ? "status " + status : "allowed";
    }
}
