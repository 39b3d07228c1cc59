package org.carebridge.reconciliation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.carebridge.reconciliation.testdata.Contexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPackReaderTest {

    @TempDir
    Path root;

    private ReportPack written() {
        return new ReportPackWriter(root).write(Contexts.context().build(), SamplePack.CHECKS, SamplePack.charts(),
                SamplePack.exceptions().iterator());
    }

    @Test
    void aPackReadsBackAsItWasWritten() {
        ReportPack written = written();

        ReportPack read = new ReportPackReader().read(written.directory());

        assertThat(read).isEqualTo(written);
        assertThat(read.exceptionsOf("money-weekly-total")).isEqualTo(2);
        assertThat(read.passed()).isFalse();
    }

    @Test
    void aPackChangedAfterItWasWrittenIsRefused() throws IOException {
        Path dir = written().directory();
        Files.writeString(dir.resolve("exceptions.csv"), "x\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new ReportPackReader().read(dir)).isInstanceOf(ReportPackException.class)
                .hasMessageContaining("exceptions.csv does not match");
    }

    @Test
    void aFileSlippedIntoThePackIsRefused() throws IOException {
        Path dir = written().directory();
        Files.writeString(dir.resolve("extra.csv"), "x\n");

        assertThatThrownBy(() -> new ReportPackReader().read(dir)).isInstanceOf(ReportPackException.class)
                .hasMessageContaining("extra.csv is not listed");
    }

    @Test
    void aFolderWithoutSha256SumsIsNotAPack() throws IOException {
        Path dir = Files.createDirectories(root.resolve("W1").resolve("half"));

        assertThatThrownBy(() -> new ReportPackReader().read(dir)).isInstanceOf(ReportPackException.class)
                .hasMessageContaining("not a complete report pack");
    }
}
