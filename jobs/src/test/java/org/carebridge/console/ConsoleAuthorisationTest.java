package org.carebridge.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.carebridge.audit.AuditTrail;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.CaseSummary;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.HandoverTestSupport;
import org.carebridge.handovers.Viewer;
import org.carebridge.staging.StagingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who reaches what in the console and the REST API, against real proposals of the mental-health wave. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-authorisation;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@AutoConfigureMockMvc
@Import(HandoverTestSupport.Beans.class)
class ConsoleAuthorisationTest {

    private static final Viewer BOARD = new Viewer("board", Set.of(Viewer.GOVERNANCE), new TreeSet<>());

    @Autowired
    MockMvc mvc;

    @Autowired
    HandoverService handovers;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    private CaseSummary mentalHealthSouth;

    @BeforeEach
    void proposals() throws Exception {
        if (handovers.list(BOARD, HandoverTestSupport.MH_WAVE, null, 1).isEmpty()) {
            HandoverTestSupport.freshState(jdbc, staging);
            handovers.propose(HandoverTestSupport.MH_WAVE, "operator");
        }
        List<CaseSummary> cases = handovers.list(BOARD, HandoverTestSupport.MH_WAVE, HandoverState.PROPOSED, 10_000);
        mentalHealthSouth = cases.stream().filter(c -> c.teamCode().equals("BC-MHS")).findFirst().orElseThrow();
    }

    private static RequestPostProcessor leadOfMentalHealthSouth() {
        return user("lead.mh.south").roles(Viewer.CLINICAL_LEAD);
    }

    private static RequestPostProcessor leadOfMentalHealthNorth() {
        return user("lead.mh.north").roles(Viewer.CLINICAL_LEAD);
    }

    private static RequestPostProcessor governance() {
        return user("demo.governance").roles(Viewer.GOVERNANCE);
    }

    private HandoverState state() {
        return handovers.find(BOARD, mentalHealthSouth.caseId()).handover().state();
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/handovers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInFormCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void aLeadOfTeamAIsRefusedTeamBsCase_andTheAttemptIsAudited() throws Exception {
        mvc.perform(get("/handovers/" + mentalHealthSouth.caseId()).with(leadOfMentalHealthNorth()))
                .andExpect(status().isForbidden());

        assertThat(audit.about("HANDOVER", mentalHealthSouth.caseId())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("HANDOVER_ACCESS_DENIED");
            assertThat(e.actor()).isEqualTo("lead.mh.north");
        });
    }

    @Test
    void aLeadOfTeamACannotApproveTeamBsCase() throws Exception {
        mvc.perform(post("/handovers/" + mentalHealthSouth.caseId() + "/approve").with(leadOfMentalHealthNorth())
                .with(csrf())).andExpect(status().isForbidden());

        assertThat(state()).isEqualTo(HandoverState.PROPOSED);
    }

    @Test
    void aLeadDoesNotSeeAnotherTeamsCasesInTheQueue() throws Exception {
        mvc.perform(get("/handovers").with(leadOfMentalHealthNorth())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        mentalHealthSouth.caseId()))));
    }

    @Test
    void governanceReadsACaseButCannotApproveIt() throws Exception {
        mvc.perform(get("/handovers/" + mentalHealthSouth.caseId()).with(governance())).andExpect(status().isOk());

        mvc.perform(post("/handovers/" + mentalHealthSouth.caseId() + "/approve").with(governance()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(state()).isEqualTo(HandoverState.PROPOSED);
    }

    @Test
    void aDecisionWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/handovers/" + mentalHealthSouth.caseId() + "/approve").with(leadOfMentalHealthSouth()))
                .andExpect(status().isForbidden());

        assertThat(state()).isEqualTo(HandoverState.PROPOSED);
    }

    @Test
    void theCasesOwnLeadRejectsWithAReason() throws Exception {
        CaseSummary another = handovers.list(BOARD, HandoverTestSupport.MH_WAVE, HandoverState.PROPOSED, 10_000)
                .stream().filter(c -> c.teamCode().equals("BC-MHS") && !c.caseId().equals(mentalHealthSouth.caseId()))
                .findFirst().orElseThrow();

        mvc.perform(post("/handovers/" + another.caseId() + "/reject").with(leadOfMentalHealthSouth()).with(csrf())
                .param("reason", "client asked to stay with the crisis team")).andExpect(status().is3xxRedirection());

        assertThat(handovers.find(BOARD, another.caseId()).handover().state()).isEqualTo(HandoverState.REJECTED);
    }

    @Test
    void casePagesForbidFramingInlineScriptAndCaching() throws Exception {
        mvc.perform(get("/handovers/" + mentalHealthSouth.caseId()).with(leadOfMentalHealthSouth()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void theOperatorSeesWavesAndIdentityReviewsButNoHandoverCase() throws Exception {
        RequestPostProcessor operator = user("demo.operator").roles(Viewer.OPERATOR);
        mvc.perform(get("/waves").with(operator)).andExpect(status().isOk());
        mvc.perform(get("/identity").with(operator)).andExpect(status().isOk());
        mvc.perform(get("/handovers/" + mentalHealthSouth.caseId()).with(operator)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(operator)).andExpect(status().isForbidden());
    }

    @Test
    void theApiAsksForSignInWithoutInvitingTheBrowserToCacheCredentials() throws Exception {
        mvc.perform(get("/api/handovers")).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void theApiAppliesTheSameReachAndRoles() throws Exception {
        mvc.perform(get("/api/handovers/" + mentalHealthSouth.caseId())
                .with(httpBasic("lead.mh.north", "demo-lead"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/handovers/" + mentalHealthSouth.caseId() + "/approve")
                .with(httpBasic("demo.governance", "demo-governance")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"fine\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/handovers/" + mentalHealthSouth.caseId())
                .with(httpBasic("lead.mh.south", "demo-lead"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(mentalHealthSouth.caseId())));

        assertThat(state()).isEqualTo(HandoverState.PROPOSED);
    }
}
