package org.carebridge.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carebridge.handovers.CaseSummary;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.HandoverTestSupport;
import org.carebridge.handovers.Viewer;
import org.carebridge.staging.StagingService;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application serves, read from Spring MVC's own handler mappings (so a new controller method is
 * found without anyone listing it), and how to call each one as a given kind of user.
 */
final class ConsoleEndpoints {

    /** Who is asking: nobody signed in, or a user with exactly one of the four roles. */
    enum Who {
        ANONYMOUS(null, null),
        OPERATOR("demo.operator", Viewer.OPERATOR),
        CLINICAL_LEAD("lead.mh.south", Viewer.CLINICAL_LEAD),
        GOVERNANCE("demo.governance", Viewer.GOVERNANCE),
        ADMIN("demo.admin", Viewer.ADMIN);

        final String user;
        final String role;

        Who(String user, String role) {
            this.user = user;
            this.role = role;
        }
    }

    /** One method and path pattern, written as the table in the tests writes it: {@code GET /handovers/{caseId}}. */
    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean changesSomething() {
            return !method.equals("GET") && !method.equals("ANY");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }
    }

    /** Values for path variables. */
    record Ids(String readableCase, String unknownCase, String unknownWave) {
    }

    /**
     * Ids for the matrix: a case of the clinical lead's own team (proposing the mental-health wave's handovers first
     * if there are none yet), and a case and a wave that do not exist, so that requests which would change something
     * change nothing.
     */
    static Ids idsWithACaseOfTheLeadsOwnTeam(HandoverService handovers, StagingService staging, JdbcTemplate jdbc)
            throws Exception {
        Viewer board = new Viewer("board", Set.of(Viewer.GOVERNANCE), new TreeSet<>());
        if (handovers.list(board, HandoverTestSupport.MH_WAVE, null, 1).isEmpty()) {
            HandoverTestSupport.freshState(jdbc, staging);
            handovers.propose(HandoverTestSupport.MH_WAVE, "operator");
        }
        CaseSummary own = handovers.list(board, HandoverTestSupport.MH_WAVE, null, 10_000).stream()
                .filter(c -> c.teamCode().equals("BC-MHS")).findFirst().orElseThrow();
        return new Ids(own.caseId(), "H-NO-SUCH-CASE", "W-NO-SUCH-WAVE");
    }

    private ConsoleEndpoints() {
    }

    /** Every handler method of every request mapping in the context, by method and pattern. */
    static Set<Endpoint> all(ApplicationContext context) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint("ANY", pattern));
                    }
                    methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern)));
                }
            }
        }
        return endpoints;
    }

    /**
     * A well-formed request to the endpoint as {@code who}. Reads name a case the clinical lead's team owns, so an
     * allowed reader gets the page itself; requests that would change something name a case or wave that does not
     * exist, so that calling every endpoint as every role changes nothing (a refusal of the unknown id by the
     * handler still shows the request got past authorisation). Page forms carry a CSRF token and API changes are
     * JSON, so that a 403 can only come from authorisation.
     */
    static MockHttpServletRequestBuilder request(Endpoint endpoint, Who who, Ids ids) {
        Map<String, String> values = new TreeMap<>();
        values.put("caseId", endpoint.changesSomething() ? ids.unknownCase() : ids.readableCase());
        values.put("wave", ids.unknownWave());
        String path = endpoint.pattern();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("no test value for a path variable of " + endpoint);
        }
        HttpMethod method = HttpMethod.valueOf(endpoint.method().equals("ANY") ? "GET" : endpoint.method());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (endpoint.pattern().equals("/error")) {
            // as the servlet container forwards there: with the status of the failed request
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
        }
        if (endpoint.changesSomething()) {
            if (endpoint.api()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"matrix\",\"workerId\":\"BC00000001\"}");
            } else {
                request.with(csrf()).param("reason", "matrix").param("workerId", "BC00000001");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(who.user).roles(who.role));
        }
        return request;
    }
}
