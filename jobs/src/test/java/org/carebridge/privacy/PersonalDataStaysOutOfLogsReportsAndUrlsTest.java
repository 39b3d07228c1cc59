package org.carebridge.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.carebridge.handovers.Viewer;
import org.carebridge.testsupport.CarebridgeProcess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal data never leaves the database by the side doors. The demo runs end to end as an operator runs it (its
 * own JVM, the H2 file database, a small generated dataset that still takes every wave through rehearsal, the
 * handover gate, cutover, reconciliation and sign-off) with Carebridge's logging at DEBUG; then the web console is
 * served from the same database and every page reachable by each role is visited, its own logging at DEBUG too.
 * Every name, NHS number, date of birth, postcode, first address line and case-note opening of the generated
 * sources is searched for in the logs, the terminal output, every file of the report packs and every URL the
 * console produced.
 */
@SpringBootTest(properties = "carebridge.data-dir=target/test-data")
@AutoConfigureMockMvc
class PersonalDataStaysOutOfLogsReportsAndUrlsTest {

    private static final Path WORK = Path.of("target", "privacy-demo").toAbsolutePath();
    private static final Path DATASET = WORK.resolve("dataset");
    private static final Path DATA = WORK.resolve("data");
    private static final Path REPORTS = WORK.resolve("reports");
    private static final Path DEMO_OUTPUT = WORK.resolve("demo-output.txt");
    private static final Path CONSOLE_LOG = WORK.resolve("console.log");
    /** The smallest dataset tried that still has people in every wave and long-standing MH clients at the gate. */
    private static final int PEOPLE = 300;
    // every page shape is reached well within this; the queue pages still list every case's URL
    private static final int PAGES_PER_USER = 30;

    private static int demoExit;
    private static double demoSeconds;
    private static GeneratedPersonalData personal;
    private static Set<String> consoleUrls;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void theDemosDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("db/carebridge") + ";AUTO_SERVER=TRUE");
    }

    /** Runs before the Spring context starts, so that the console opens the database the demo filled. */
    @BeforeAll
    static void runTheDemoWithDebugLogging() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        long started = System.nanoTime();
        demoExit = CarebridgeProcess.onH2(DATA, REPORTS,
                        "--logging.level.org.carebridge=DEBUG", "--logging.level.root=INFO",
                        // the solver's time box, not the data, would dominate the run otherwise
                        "--carebridge.handovers.solve-time=5s", "--carebridge.handovers.unimproved-time=1s",
                        "--carebridge.handovers.move-limit=2000")
                .run(DEMO_OUTPUT, "demo", "--clients", String.valueOf(PEOPLE), "--data", DATASET.toString());
        demoSeconds = (System.nanoTime() - started) / 1e9;
        personal = GeneratedPersonalData.of(DATASET);
        System.out.printf("privacy demo: %d people, %.1f s, exit %d; personal values searched for: %s%n", PEOPLE,
                demoSeconds, demoExit, personal.countsByKind());
    }

    @Test
    void theDemoTakesEveryWaveThroughTheHandoverGateToSignOff() throws IOException {
        String output = Files.readString(DEMO_OUTPUT, StandardCharsets.UTF_8);

        assertThat(demoExit).as(output).isZero();
        assertThat(output).contains("W3-MH: gate HANDOVER_NOT_APPROVED is clear", "Every wave is live");
        assertThat(REPORTS).isDirectoryContaining(p -> p.getFileName().toString().equals("W1-LD"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("W2-ADULTS"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("W3-MH"));
    }

    @Test
    void theSearchFindsEveryKindOfPersonalValueInTheSourcesThemselves() throws IOException {
        String clients = Files.readString(DATASET.resolve("council/CLIENTS.csv"), StandardCharsets.UTF_8);
        String notes = Files.readString(DATASET.resolve("council/CASE_NOTES.csv"), StandardCharsets.UTF_8);

        assertThat(personal.foundIn(clients + notes)).extracting(found -> found.substring(0, found.indexOf(" at ")))
                .contains("name", "NHS number", "date of birth", "postcode", "address", "case-note text");
        assertThat(personal.countsByKind()).containsKeys("name", "NHS number", "date of birth", "postcode",
                "case-note text");
    }

    @Test
    void theDemosLogAtDebugAndItsTerminalOutputHoldNoPersonalValue() throws IOException {
        Path log = DATA.resolve("logs/carebridge.log");
        assertThat(log).isNotEmptyFile();

        assertThat(leaks(List.of(log, DEMO_OUTPUT))).isEmpty();
    }

    @Test
    void noFileOfAnyReportPackHoldsAPersonalValue() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(REPORTS)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("report.html", "exceptions.csv",
                "summary.json", "dq-exceptions.csv");

        assertThat(leaks(files)).isEmpty();
    }

    @Test
    void noUrlTheConsoleProducesForAnyRoleCarriesAPersonalValue() {
        Set<String> urls = consoleUrls();
        assertThat(urls).anyMatch(url -> url.matches("/handovers/[^/?]+")).contains("/audit", "/identity");

        List<String> leaks = new ArrayList<>();
        for (String url : urls) {
            String decoded = URLDecoder.decode(url, StandardCharsets.UTF_8);
            personal.foundIn(url + "\n" + decoded).forEach(found -> leaks.add(found + " in a console URL"));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theConsolesLogAtDebugWhileServingEveryPageHoldsNoPersonalValue() throws IOException {
        consoleUrls();
        assertThat(CONSOLE_LOG).isNotEmptyFile();

        assertThat(leaks(List.of(CONSOLE_LOG))).isEmpty();
    }

    private static List<String> leaks(List<Path> files) throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            personal.foundIn(text).forEach(found -> leaks.add(found + " of " + WORK.relativize(file)));
        }
        return leaks;
    }

    /** Every URL in links, forms, stylesheets and redirects of every page each role can reach from the start page. */
    private synchronized Set<String> consoleUrls() {
        if (consoleUrls == null) {
            Set<String> urls = new LinkedHashSet<>();
            Map<String, RequestPostProcessor> users = Map.of(
                    "operator", user("demo.operator").roles(Viewer.OPERATOR),
                    "lead", user("lead.mh.south").roles(Viewer.CLINICAL_LEAD),
                    "governance", user("demo.governance").roles(Viewer.GOVERNANCE),
                    "admin", user("demo.admin").roles(Viewer.ADMIN));
            withConsoleLoggingAtDebugInto(CONSOLE_LOG, () -> {
                users.values().forEach(u -> crawl("/", u, urls));
                crawl("/login", null, urls);
            });
            consoleUrls = urls;
            System.out.printf("privacy crawl: %d distinct console URLs%n", urls.size());
        }
        return consoleUrls;
    }

    private void crawl(String start, RequestPostProcessor user, Set<String> urls) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> visited = new LinkedHashSet<>();
        while (!queue.isEmpty() && visited.size() < PAGES_PER_USER) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            urls.add(url);
            MockHttpServletResponse response;
            try {
                var request = get(url);
                response = mvc.perform(user == null ? request : request.with(user)).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException("GET " + url + " failed", e);
            }
            if (response.getRedirectedUrl() != null) {
                follow(response.getRedirectedUrl(), urls, queue);
                continue;
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page;
            try {
                page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Element link : page.select("a[href], link[href]")) {
                follow(link.attr("href"), urls, link.tagName().equals("a") ? queue : null);
            }
            for (Element source : page.select("[src]")) {
                follow(source.attr("src"), urls, null);
            }
            for (Element form : page.select("form[action]")) {
                boolean reading = form.attr("method").isEmpty() || form.attr("method").equalsIgnoreCase("get");
                follow(form.attr("action"), urls, reading ? queue : null);
            }
        }
    }

    /** Records a URL; queues it to be visited when it is a page of this console (never signing out). */
    private static void follow(String url, Set<String> urls, Deque<String> queue) {
        String path = url.replaceFirst("^https?://localhost(:\\d+)?", "").replaceFirst("#.*$", "");
        urls.add(path);
        if (queue != null && path.startsWith("/") && !path.startsWith("/logout") && !path.startsWith("/css/")) {
            queue.add(path);
        }
    }

    /**
     * The console's logging as the application would log it at DEBUG, captured to a file. Done on Logback itself: a
     * test JVM keeps the logging set up by the first Spring context it started, whatever this test's properties say.
     */
    private static void withConsoleLoggingAtDebugInto(Path file, Runnable work) {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger carebridge = logback.getLogger("org.carebridge");
        Level rootLevel = root.getLevel();
        Level carebridgeLevel = carebridge.getLevel();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logback);
        encoder.setPattern("%d %-5level [%thread] %logger : %msg%n%ex");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(logback);
        appender.setName("privacy-check");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        carebridge.setLevel(Level.DEBUG);
        try {
            LoggerFactory.getLogger(PersonalDataStaysOutOfLogsReportsAndUrlsTest.class).info("crawling the console");
            work.run();
        } finally {
            root.detachAppender(appender);
            appender.stop();
            root.setLevel(rootLevel);
            carebridge.setLevel(carebridgeLevel);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
