package org.carebridge.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A clinical lead in a real browser (Debian's headless Chromium driven by its chromedriver): signs in, approves
 * one proposal, rejects another with a reason, and both decisions are then in the audit trail, seen by
 * governance on the audit page. Fails, rather than skips, when Chromium is missing: {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.waves.require-previous-signed-off=false"})
@Import(HandoverTestSupport.Beans.class)
class ClinicalLeadInABrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String REJECTION = "Client is moving to the borough-wide crisis team next month";
    private static final Viewer BOARD = new Viewer("board", Set.of(Viewer.GOVERNANCE), new TreeSet<>());

    @LocalServerPort
    int port;

    @Autowired
    HandoverService handovers;

    @Autowired
    StagingService staging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    /** A real servlet context resolves relative paths as web resources: give the folders absolutely. */
    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("carebridge.quality.mappings-dir",
                () -> Path.of("../mappings/tables").toAbsolutePath().normalize().toString());
        registry.add("carebridge.quality.reports-dir", () -> Path.of("target/reports").toAbsolutePath().toString());
    }

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM
                + ": apt-get install chromium chromium-driver (.ci/run does this)").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("chromedriver at " + CHROMEDRIVER
                + ": apt-get install chromium-driver (.ci/run does this)").isTrue();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aClinicalLeadApprovesOneProposalAndRejectsAnotherWithAReason_andBothAreInTheAuditTrail() throws Exception {
        HandoverTestSupport.freshState(jdbc, staging);
        handovers.propose(HandoverTestSupport.MH_WAVE, "operator");
        List<CaseSummary> south = handovers.list(BOARD, HandoverTestSupport.MH_WAVE, HandoverState.PROPOSED, 10_000)
                .stream().filter(c -> c.teamCode().equals("BC-MHS")).toList();
        assertThat(south).hasSizeGreaterThanOrEqualTo(2);

        signIn("lead.mh.south", "demo-lead");
        open("/handovers?state=PROPOSED");
        List<String> queued = browser.findElements(By.cssSelector("#queue a.case-link")).stream()
                .map(a -> a.getText()).toList();
        assertThat(queued).containsAll(south.stream().map(CaseSummary::caseId).toList());
        String approved = queued.get(0);
        String rejected = queued.get(1);

        browser.findElement(By.linkText(approved)).click();
        browser.findElement(By.id("approve-reason")).sendKeys("Known to the team; plan agreed");
        browser.findElement(By.id("approve")).click();
        waitForText(By.id("case-state"), "APPROVED");

        open("/handovers/" + rejected);
        browser.findElement(By.id("reject-reason")).sendKeys(REJECTION);
        browser.findElement(By.id("reject")).click();
        waitForText(By.id("case-state"), "REJECTED");
        assertThat(browser.findElement(By.id("history")).getText()).contains(REJECTION);

        browser.findElement(By.cssSelector("form.signout button")).click();
        signIn("demo.governance", "demo-governance");
        open("/audit?action=HANDOVER_");
        String trail = browser.findElement(By.id("audit")).getText();
        assertThat(trail).contains("HANDOVER_APPROVED HANDOVER " + approved)
                .contains("HANDOVER_REJECTED HANDOVER " + rejected).contains(REJECTION).contains("lead.mh.south");
        assertThat(audit.about("HANDOVER", approved)).extracting(e -> e.action())
                .containsExactly("HANDOVER_PROPOSED", "HANDOVER_APPROVED");
        assertThat(audit.about("HANDOVER", rejected)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("HANDOVER_REJECTED");
            assertThat(e.reason()).isEqualTo(REJECTION);
            assertThat(e.actor()).isEqualTo("lead.mh.south");
        });
    }

    private void signIn(String user, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void waitForText(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
