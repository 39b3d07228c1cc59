package org.carebridge.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.carebridge.cli.UserFacingException;
import org.carebridge.testsupport.TinyDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear whole under their final name or not at all, on a real full disk (a 64 KiB tmpfs). */
class AtomicWriteTest {

    private static final byte[] MORE_THAN_THE_DISK = new byte[200 * 1024];

    @TempDir
    Path dir;

    private TinyDisk disk;

    @BeforeEach
    void mountATinyDisk() throws Exception {
        disk = TinyDisk.mount(dir.resolve("disk"), 64);
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    @Test
    void aFileThatDoesNotFitFailsWithOneLineNamingTheReason_andNothingIsLeftUnderItsNameOrATemporaryOne()
            throws Exception {
        Path target = disk.root().resolve("bench.csv");

        assertThatThrownBy(() -> AtomicWrite.file(target, "the benchmark CSV",
                temporary -> Files.write(temporary, MORE_THAN_THE_DISK)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("cannot write the benchmark CSV to " + target)
                .hasMessageContaining("No space left on device")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertThat(entries(disk.root())).isEmpty();
    }

    @Test
    void anOlderFileStaysWholeWhenItsReplacementDoesNotFit() throws Exception {
        Path target = Files.writeString(disk.root().resolve("bench.csv"), "stage,rows\nolder,1\n");

        assertThatThrownBy(() -> AtomicWrite.file(target, "the benchmark CSV",
                temporary -> Files.write(temporary, MORE_THAN_THE_DISK))).isInstanceOf(UserFacingException.class);

        assertThat(target).hasContent("stage,rows\nolder,1\n");
        assertThat(entries(disk.root())).containsExactly("bench.csv");
    }

    @Test
    void aFolderThatDoesNotFitLeavesTheOlderFolderWholeAndNoTemporaryFolder() throws Exception {
        Path target = Files.createDirectory(disk.root().resolve("run-7"));
        Files.writeString(target.resolve("dq-summary.csv"), "older");

        assertThatThrownBy(() -> AtomicWrite.folder(target, "the data-quality report", temporary -> {
            Files.writeString(temporary.resolve("dq-summary.csv"), "newer");
            Files.write(temporary.resolve("dq-exceptions.csv"), MORE_THAN_THE_DISK);
        })).isInstanceOf(UserFacingException.class).hasMessageContaining("No space left on device");

        assertThat(entries(disk.root())).containsExactly("run-7");
        assertThat(target.resolve("dq-summary.csv")).hasContent("older");
    }

    @Test
    void aFolderThatFitsReplacesTheOlderOneWhole() throws Exception {
        Path target = Files.createDirectory(disk.root().resolve("run-7"));
        Files.writeString(target.resolve("stale.csv"), "older");

        AtomicWrite.folder(target, "the data-quality report",
                temporary -> Files.writeString(temporary.resolve("dq-summary.csv"), "newer"));

        assertThat(entries(target)).containsExactly("dq-summary.csv");
        assertThat(entries(disk.root())).containsExactly("run-7");
    }

    @Test
    void aTargetUnderARegularFileIsAOneLineError() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("reports"), "a file where a folder should be");

        assertThatThrownBy(() -> AtomicWrite.file(notAFolder.resolve("bench.csv"), "the benchmark CSV",
                temporary -> Files.writeString(temporary, "x")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("cannot write the benchmark CSV to " + notAFolder.resolve("bench.csv"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static java.util.List<String> entries(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
