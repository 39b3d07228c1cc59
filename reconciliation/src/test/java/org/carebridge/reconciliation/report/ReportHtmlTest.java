package org.carebridge.reconciliation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.testdata.Checks;
import org.carebridge.reconciliation.testdata.Contexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHtmlTest {

    @TempDir
    Path root;

    private Document page(List<CheckResult> checks, ReportCharts charts) throws IOException {
        ReportPack pack = new ReportPackWriter(root).write(Contexts.context().build(), checks, charts,
                SamplePack.exceptions().stream().filter(e -> checks.stream().anyMatch(c -> c.id().equals(e.checkId())))
                        .iterator());
        return Jsoup.parse(pack.directory().resolve("report.html").toFile(), StandardCharsets.UTF_8.name());
    }

    private Document samplePage() throws IOException {
        return page(SamplePack.CHECKS, SamplePack.charts());
    }

    @Test
    void theHeadlineSaysFailWhenAnyCheckFailed() throws IOException {
        Element headline = samplePage().getElementById("headline");

        assertThat(headline.selectFirst(".verdict").text()).isEqualTo("FAIL");
        assertThat(headline.text()).contains("2 of 3 checks failed");
    }

    @Test
    void theHeadlineSaysPassWhenEveryCheckPassed() throws IOException {
        Document page = page(List.of(Checks.passing("ledger-a"), Checks.passing("ledger-b")), ReportCharts.empty());

        assertThat(page.getElementById("headline").selectFirst(".verdict").text()).isEqualTo("PASS");
        assertThat(page.title()).startsWith("Reconciliation PASS");
    }

    @Test
    void everyCheckHasARowWithItsTitleDescriptionFiguresAndStatus() throws IOException {
        Document page = samplePage();

        assertThat(page.select("#checks tbody tr")).extracting(tr -> tr.attr("data-check-id"))
                .containsExactly("ledger-council-clients", "money-weekly-total", "row-council-services");
        Element money = page.selectFirst("#checks tr[data-check-id=money-weekly-total]");
        assertThat(money.selectFirst(".status").text()).isEqualTo("FAIL");
        assertThat(money.text()).contains("Weekly cost of open packages")
                .contains("The weekly cost of every open council care package, to the penny.")
                .contains("£104,500.10").contains("£104,480.00").contains("−£20.10").contains("exact match");
    }

    @Test
    void theChecksTableHasColumnAndRowHeadersForScreenReaders() throws IOException {
        Document page = samplePage();

        assertThat(page.select("#checks thead th[scope=col]")).hasSize(7);
        assertThat(page.select("#checks tbody th[scope=row]")).hasSize(3);
        assertThat(page.selectFirst("#checks caption")).isNotNull();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void exceptionCountsAreShownForEveryCheckByKind() throws IOException {
        Element section = samplePage().getElementById("exceptions");

        assertThat(section.text()).contains("In all, 3 exceptions");
        assertThat(section.select("tbody tr")).hasSize(3);
        assertThat(section.select("tbody tr").get(1).text()).contains("money-weekly-total").contains("2")
                .contains("1 missing, 1 mismatch");
    }

    @Test
    void theRunIsIdentifiedByVersionsWhoWhenAndExtractHashes() throws IOException {
        Document page = samplePage();

        assertThat(page.getElementById("about").text()).contains("ops.migration").contains("1 March 2025 at 14:05:00 UTC")
                .contains("mappings-2025.03").contains("carebridge 0.1.0 (abc1234)").contains("REHEARSAL");
        assertThat(page.getElementById("extracts").text()).contains("CLIENTS.csv").contains(Contexts.CLIENTS_SHA)
                .contains("MHS001MPI.csv").contains(Contexts.PATIENTS_SHA).contains("3,400");
    }

    @Test
    void chartsAreInlineSvgDrawnFromTheDataWithTheFiguresAlsoInATable() throws IOException {
        Element charts = samplePage().getElementById("charts");

        assertThat(charts.select("svg")).hasSize(4);
        assertThat(charts.select("svg").first().attr("role")).isEqualTo("img");
        assertThat(charts.select("svg").first().select("rect[width]").size()).isGreaterThanOrEqualTo(4);
        assertThat(charts.text()).contains("Rows per table").contains("Weekly cost per service type")
                .contains("Weighted caseload per team").contains("Weighted caseload per worker")
                .contains("Long Term Support: Nursing Care").contains("£60,500.10").contains("BC-ADN").contains("W000123");
    }

    @Test
    void aChartWithoutFiguresSaysSoInsteadOfDrawingAnEmptyFrame() throws IOException {
        Element charts = page(List.of(Checks.passing("ledger-a")), ReportCharts.empty()).getElementById("charts");

        assertThat(charts.select("svg")).isEmpty();
        assertThat(charts.text()).contains("No figures were recorded for this chart");
    }

    @Test
    void thePageIsSelfContainedWithNoExternalAssetsOrScripts() throws IOException {
        Document page = samplePage();

        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(page.select("[style]").eachAttr("style")).noneMatch(s -> s.contains("url("));
    }

    @Test
    void textFromChecksIsEscapedNotInterpretedAsMarkup() throws IOException {
        Document page = page(List.of(Checks.check("ledger-a").title("<script>alert(1)</script> clients").build()),
                ReportCharts.empty());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.getElementById("checks").text()).contains("<script>alert(1)</script> clients");
    }

    @Test
    void thePageShowsCountsOnlyNeverTheKeysOrDetailsOfIndividualExceptions() throws IOException {
        String text = samplePage().text();

        assertThat(text).doesNotContain("SERVICE-77").doesNotContain("PKG-9").doesNotContain("weekly cost differs");
    }
}
