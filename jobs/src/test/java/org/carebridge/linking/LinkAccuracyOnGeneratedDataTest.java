package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.carebridge.cli.CarebridgeLauncher;
import org.carebridge.generator.GeneratorSettings;
import org.carebridge.generator.SourceGenerator;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.OxleasPatientReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./carebridge link} on a generated dataset (3,000 people, defect rate 0.005, the default extract date)
 * reproduces the generator's answer key: MATCH decisions scored pairwise against {@code truth/people.csv}
 * (see {@link AnswerKey} for which pairs count).
 */
class LinkAccuracyOnGeneratedDataTest {

    @TempDir
    static Path dir;

    static Path links;
    static int exitCode;

    @BeforeAll
    static void generateAndLink() {
        new SourceGenerator(GeneratorSettings.builder().people(3_000).defectRate(0.005).build()).generate(dir);
        links = dir.resolve("out").resolve("links.csv");
        exitCode = new CarebridgeLauncher().run("link", "--council", dir.resolve("council").toString(),
                "--oxleas", dir.resolve("oxleas").toString(), "--out", links.toString(),
                "--spring.datasource.url=jdbc:h2:mem:link-accuracy;DB_CLOSE_DELAY=-1",
                "--carebridge.data-dir=target/test-data");
    }

    private static Set<SourceRef> participants() {
        return AnswerKey.participants(new CouncilClientReader().read(dir.resolve("council").resolve("CLIENTS.csv")),
                new OxleasPatientReader().read(dir.resolve("oxleas").resolve("MHS001MPI.csv")));
    }

    @Test
    void councilOxleasMatchesReachPrecision099AndRecall097() {
        assertThat(exitCode).isEqualTo(CarebridgeLauncher.OK);

        PairScore score = AnswerKey.read(dir.resolve("truth").resolve("people.csv"))
                .scoreLinks(links, participants()::contains);

        System.out.println("link on 3,000 generated people, " + score.line());
        assertThat(score.truePairs()).isGreaterThan(500);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void councilDuplicatesAreWrittenBesideTheLinkFileAndFoundToo() {
        assertThat(exitCode).isEqualTo(CarebridgeLauncher.OK);
        Path duplicates = links.resolveSibling("links-duplicates.csv");

        PairScore score = AnswerKey.read(dir.resolve("truth").resolve("people.csv"))
                .scoreCouncilDuplicates(duplicates, participants()::contains);

        System.out.println("link on 3,000 generated people, " + score.line());
        assertThat(score.truePairs()).isPositive();
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
    }
}
