package org.carebridge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private static final GeneratorSettings SETTINGS = GeneratorSettings.builder().people(400).seed(42)
            .defectRate(0.02).build();

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path other;

    @Test
    void sameSettingsGiveByteIdenticalFiles() throws IOException {
        new SourceGenerator(SETTINGS).generate(first);
        new SourceGenerator(SETTINGS).generate(second);

        List<Path> files = relativeFiles(first);
        assertThat(files).hasSize(relativeFiles(second).size()).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesOtherPeople() throws IOException {
        new SourceGenerator(SETTINGS).generate(first);
        new SourceGenerator(GeneratorSettings.builder().people(400).seed(43).defectRate(0.02).build())
                .generate(other);

        for (String file : List.of("council/CLIENTS.csv", "oxleas/MHS001MPI.csv", "council/CASE_NOTES.csv")) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file)
                    .isNotEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anExistingDatasetIsReusableOnlyForTheSameSettings() {
        new SourceGenerator(SETTINGS).generate(first);

        assertThat(new SourceGenerator(SETTINGS).canReuse(first)).isTrue();
        assertThat(new SourceGenerator(GeneratorSettings.builder().people(401).seed(42).defectRate(0.02).build())
                .canReuse(first)).isFalse();
        assertThat(new SourceGenerator(SETTINGS).canReuse(other)).isFalse();
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
