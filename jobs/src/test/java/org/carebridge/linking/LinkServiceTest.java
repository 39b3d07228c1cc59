package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.sql.DataSource;
import org.carebridge.council.CouncilDatabaseLoader;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.review.Verdict;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code link} as the application runs it: bundle or council schema, manifest first, recorded decisions honoured. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:link;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.sources.council.jdbc.url=jdbc:h2:mem:link-asc;MODE=Oracle;DB_CLOSE_DELAY=-1",
        "carebridge.sources.council.jdbc.username=sa",
        "carebridge.sources.council.jdbc.paging-dialect=oracle",
        "carebridge.sources.council.jdbc.page-size=97"})
class LinkServiceTest {

    @Autowired
    LinkService link;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void generatedSources() {
        new SourceGenerator(GeneratorSettings.builder().people(400).seed(5).build()).generate(dir);
        StagedPeopleBuilder.emptyStagingAndIdentity(jdbc);
    }

    private LinkReport linkBundle(String out) {
        return link.link(new LinkRequest(dir.resolve("council"), false, dir.resolve("oxleas"), dir.resolve(out)));
    }

    @Test
    void givenTheCouncilAsBundleAndAsSchema_whenEachIsLinked_thenTheLinkFilesAreIdentical() throws IOException {
        DataSource schema = new DriverManagerDataSource("jdbc:h2:mem:link-asc;MODE=Oracle;DB_CLOSE_DELAY=-1", "sa", "");
        new CouncilDatabaseLoader(schema, "ASC").load(new CsvBundle(SourceSystem.COUNCIL, dir.resolve("council")));

        LinkReport fromBundle = linkBundle("bundle/links.csv");
        LinkReport fromSchema = link.link(new LinkRequest(null, true, dir.resolve("oxleas"),
                dir.resolve("schema/links.csv")));

        assertThat(fromBundle.crossMatches()).isPositive();
        assertThat(fromSchema.council().origin()).startsWith("jdbc:");
        assertThat(Files.readAllLines(fromSchema.linkFile())).isEqualTo(Files.readAllLines(fromBundle.linkFile()));
        assertThat(Files.readAllLines(fromSchema.duplicatesFile()))
                .isEqualTo(Files.readAllLines(fromBundle.duplicatesFile()));
    }

    @Test
    void givenAnOxleasBundleThatDisagreesWithItsManifest_whenLinked_thenItIsRefusedAndNothingIsWritten()
            throws IOException {
        Files.writeString(dir.resolve("oxleas").resolve("MHS001MPI.csv"), "RIO9999999,,,,,,,,,,\n",
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> linkBundle("links.csv")).isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("Oxleas bundle refused, nothing linked: MHS001MPI.csv");
        assertThat(dir.resolve("links.csv")).doesNotExist();
    }

    @Test
    void givenADifferentPeopleDecisionInTheDatabase_whenLinked_thenThatPairIsNoLongerAMatch() throws IOException {
        LinkReport before = linkBundle("before.csv");
        String[] matched = Files.readAllLines(before.linkFile()).get(1).split(",");
        SourceRef council = SourceRef.council(matched[0]);
        SourceRef oxleas = SourceRef.oxleas(matched[1]);
        List<PersonRecord> pair = List.of(record(council), record(oxleas));
        StagedPeopleBuilder.emptyStagingAndIdentity(jdbc).with(pair.toArray(PersonRecord[]::new)).stage();
        identity.decide(council, oxleas, Verdict.DIFFERENT_PEOPLE, "reviewer.a", "different dates of death");

        LinkReport after = linkBundle("after.csv");

        assertThat(matched[2]).isEqualTo("MATCH");
        assertThat(Files.readAllLines(after.linkFile()))
                .noneSatisfy(line -> assertThat(line).startsWith(matched[0] + "," + matched[1] + ","))
                .hasSize(Files.readAllLines(before.linkFile()).size() - 1);
    }

    private PersonRecord record(SourceRef ref) {
        List<PersonRecord> records = ref.system() == SourceSystem.COUNCIL
                ? new CouncilClientReader().read(dir.resolve("council").resolve("CLIENTS.csv")).records()
                : new OxleasPatientReader().read(dir.resolve("oxleas").resolve("MHS001MPI.csv")).records();
        return records.stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
    }
}
