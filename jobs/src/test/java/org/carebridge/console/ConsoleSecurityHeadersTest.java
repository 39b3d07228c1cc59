package org.carebridge.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.carebridge.console.ConsoleEndpoints.Endpoint;
import org.carebridge.console.ConsoleEndpoints.Who;
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
 * Every response of every endpoint (pages with personal data, the API, sign-in, errors, refusals), as a user the
 * access table allows and as one it refuses, carries the content security policy (no inline script, no framing),
 * frame denial for older browsers, no-store caching and no MIME sniffing. Same context as the authorisation tests.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-authorisation;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@AutoConfigureMockMvc
@Import(HandoverTestSupport.Beans.class)
class ConsoleSecurityHeadersTest {

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
    void theCasePageAsItsClinicalLeadSeesItIsNeverCachedFramedOrScripted() throws Exception {
        MockHttpServletResponse page = mvc.perform(ConsoleEndpoints.request(
                new Endpoint("GET", "/handovers/{caseId}"), Who.CLINICAL_LEAD, ids)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'", "script-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void everyEndpointAnswersAllowedAndRefusedUsersWithTheSecurityHeaders() throws Exception {
        List<String> missing = new ArrayList<>();
        int responses = 0;
        for (Endpoint endpoint : ConsoleEndpoints.all(context)) {
            for (Who who : Who.values()) {
                MockHttpServletResponse response = mvc.perform(ConsoleEndpoints.request(endpoint, who, ids))
                        .andReturn().getResponse();
                responses++;
                String at = endpoint + " as " + who + " (" + response.getStatus() + ")";
                if (!SecurityConfiguration.CSP.equals(response.getHeader("Content-Security-Policy"))) {
                    missing.add(at + ": Content-Security-Policy " + response.getHeader("Content-Security-Policy"));
                }
                if (!"DENY".equals(response.getHeader("X-Frame-Options"))) {
                    missing.add(at + ": X-Frame-Options " + response.getHeader("X-Frame-Options"));
                }
                String cache = response.getHeader("Cache-Control");
                if (cache == null || !cache.contains("no-store")) {
                    missing.add(at + ": Cache-Control " + cache);
                }
                if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
                    missing.add(at + ": X-Content-Type-Options " + response.getHeader("X-Content-Type-Options"));
                }
            }
        }

        assertThat(missing).as("responses without a security header").isEmpty();
        assertThat(responses).isEqualTo(ConsoleAuthorisationMatrixTest.ALLOWED.size() * Who.values().length);
    }
}
