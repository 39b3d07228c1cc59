package org.carebridge.legacy.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.carebridge.legacy.Column;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.BundleFormatException;
import org.carebridge.legacy.csv.CsvBundle;
import org.carebridge.legacy.csv.CsvTableWriter;
import org.carebridge.legacy.manifest.Manifest;
import org.carebridge.legacy.manifest.ManifestEntry;
import org.carebridge.legacy.manifest.ManifestVerifier;
import org.carebridge.legacy.manifest.VerifiableOxleasBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bundles a sender controls the contents of: names in the manifest that try to leave the folder, files that
 * are links to elsewhere, and manifests whose counts or hashes lie. Each is refused before anything is staged,
 * with a message naming the file and the difference.
 */
class HostileBundleTest {

    @TempDir
    Path root;

    private Path bundle;
    private Path elsewhere;

    /** Every Oxleas file with two rows (the second with a line break in its last field) and a true manifest. */
    @BeforeEach
    void writeAVerifiableBundle() throws IOException {
        bundle = Files.createDirectories(root.resolve("oxleas"));
        elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        VerifiableOxleasBundle.writeTo(bundle);
    }

    private List<String> discrepancies() {
        return new ManifestVerifier().verify(bundle).discrepancies();
    }

    private void editManifest(UnaryOperator<ManifestEntry> edit) {
        List<ManifestEntry> edited = Manifest.read(bundle).entries().stream().map(edit).toList();
        Manifest.of(edited).write(bundle);
    }

    private void writeManifestText(String text) throws IOException {
        Files.writeString(bundle.resolve(Manifest.FILE_NAME), text, StandardCharsets.UTF_8);
    }

    // ---- path traversal --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../MHS001MPI.csv", "../../../etc/passwd", "/etc/passwd", "sub/MHS001MPI.csv",
            "..\\MHS001MPI.csv", "C:\\Windows\\win.ini", "MHS001MPI.csv/../../x.csv", ".hidden.csv",
            "%2e%2e%2fetc%2fpasswd", "MHS001MPI.csv\u0000.txt", "~/MHS001MPI.csv", "MHS001MPI.csv..csv"})
    void aManifestNameThatCouldLeaveTheBundleIsRefusedWithItsLineAndColumn(String name) throws IOException {
        writeManifestText("file_name,row_count,sha256\n\"" + name + "\",2," + "0".repeat(64) + "\n");

        assertThatThrownBy(() -> new ManifestVerifier().verify(bundle))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: line 2, column file_name: not a plain file name inside the bundle");
    }

    @Test
    void aDataFileLinkedToAFileOutsideTheBundleIsNotRead_evenWhenItsBytesMatchTheManifest() throws IOException {
        Path patients = bundle.resolve("MHS001MPI.csv");
        Path outside = Files.copy(patients, elsewhere.resolve("MHS001MPI.csv"));
        Files.delete(patients);
        Files.createSymbolicLink(patients, outside);

        assertThat(discrepancies())
                .containsExactly("MHS001MPI.csv: a symbolic link leading outside the bundle folder; not read");
        assertThatThrownBy(() -> new CsvBundle(SourceSystem.OXLEAS, bundle).requireComplete())
                .isInstanceOf(BundleFormatException.class)
                .hasMessageEndingWith(": MHS001MPI.csv lead(s) outside the bundle folder (a symbolic link); a bundle"
                        + " must hold its files itself");
    }

    @Test
    void aCouncilFileLinkedToASystemFileIsRefusedBeforeAnythingIsRead() throws IOException {
        Path council = Files.createDirectories(root.resolve("council"));
        for (SourceTable table : SourceTable.of(SourceSystem.COUNCIL)) {
            CsvTableWriter.create(council.resolve(table.fileName()),
                    table.columns().stream().map(Column::name).toList()).close();
        }
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "not for the migration\n");
        Files.delete(council.resolve("CLIENTS.csv"));
        Files.createSymbolicLink(council.resolve("CLIENTS.csv"), secret);

        assertThatThrownBy(() -> new CsvBundle(SourceSystem.COUNCIL, council).requireComplete())
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("council bundle " + council + ": CLIENTS.csv lead(s) outside the bundle folder (a symbolic"
                        + " link); a bundle must hold its files itself");
    }

    @Test
    void aLinkToAFileInsideTheBundleIsAccepted() throws IOException {
        Path patients = bundle.resolve("MHS001MPI.csv");
        Path archived = Files.createDirectories(bundle.resolve("archive")).resolve("MHS001MPI.csv");
        Files.move(patients, archived);
        Files.createSymbolicLink(patients, archived);

        assertThat(discrepancies()).isEmpty();
        new CsvBundle(SourceSystem.OXLEAS, bundle).requireComplete();
    }

    @Test
    void aManifestLinkedToAFileOutsideTheBundleIsRefusedUnread() throws IOException {
        Path manifest = bundle.resolve(Manifest.FILE_NAME);
        Path outside = Files.move(manifest, elsewhere.resolve(Manifest.FILE_NAME));
        Files.createSymbolicLink(manifest, outside);

        assertThatThrownBy(() -> new ManifestVerifier().verify(bundle))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: a symbolic link leading outside the bundle folder; refused unread");
    }

    // ---- counts and hashes that lie --------------------------------------------------------------------------

    @Test
    void aManifestClaimingMoreRowsThanTheFileHoldsIsRefusedWithBothCounts() {
        editManifest(e -> e.fileName().equals("MHS101Referral.csv") ? new ManifestEntry(e.fileName(), 3, e.sha256()) : e);

        assertThat(discrepancies()).containsExactly("MHS101Referral.csv: manifest says 3 rows, the file holds 2");
    }

    @Test
    void aManifestClaimingFewerRowsThanTheFileHoldsIsRefusedWithBothCounts() {
        editManifest(e -> e.fileName().equals("RiskFlags.csv") ? new ManifestEntry(e.fileName(), 1, e.sha256()) : e);

        assertThat(discrepancies()).containsExactly("RiskFlags.csv: manifest says 1 rows, the file holds 2");
    }

    @Test
    void aFileChangedByOneByteIsRefusedNamingBothHashes() throws IOException {
        Path contacts = bundle.resolve("MHS201CareContact.csv");
        String before = ManifestVerifier.sha256(contacts);
        Files.writeString(contacts, Files.readString(contacts).replace("A2", "A3"));

        assertThat(discrepancies()).containsExactly("MHS201CareContact.csv: SHA-256 differs from the manifest (manifest "
                + before.substring(0, 12) + "…, file " + ManifestVerifier.sha256(contacts).substring(0, 12) + "…)");
    }

    @Test
    void aFileTruncatedMidRowKeepsItsRowCountButItsHashGivesItAway() throws IOException {
        Path contacts = bundle.resolve("MHS201CareContact.csv");
        byte[] bytes = Files.readAllBytes(contacts);
        Files.write(contacts, java.util.Arrays.copyOf(bytes, bytes.length - 3)); // cut inside the quoted "x\ny"

        assertThat(discrepancies()).singleElement().asString()
                .startsWith("MHS201CareContact.csv: SHA-256 differs from the manifest");
    }

    @Test
    void twoFilesGivenOneHashAreNamedTogether() {
        String patientsHash = Manifest.read(bundle).entry("MHS001MPI.csv").sha256();
        editManifest(e -> e.fileName().equals("MHS101Referral.csv")
                ? new ManifestEntry(e.fileName(), e.rowCount(), patientsHash) : e);

        assertThat(discrepancies()).containsExactly(
                "MHS101Referral.csv: SHA-256 differs from the manifest (manifest " + patientsHash.substring(0, 12)
                        + "…, file " + ManifestVerifier.sha256(bundle.resolve("MHS101Referral.csv")).substring(0, 12)
                        + "…)",
                "MHS001MPI.csv, MHS101Referral.csv: MANIFEST.csv gives these files one SHA-256, which files of"
                        + " different tables cannot share");
    }

    @Test
    void anUpperCaseHashIsRefusedWithItsLineAndColumn() throws IOException {
        writeManifestText("file_name,row_count,sha256\nMHS001MPI.csv,2," + "A".repeat(64) + "\n");

        assertThatThrownBy(() -> Manifest.read(bundle)).isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: line 2, column sha256: expected 64 lower-case hex digits");
    }

    @Test
    void aFileListedTwiceIsRefused() throws IOException {
        String line = "MHS001MPI.csv,2," + "0".repeat(64) + "\n";
        writeManifestText("file_name,row_count,sha256\n" + line + line);

        assertThatThrownBy(() -> Manifest.read(bundle)).isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: line 3: MHS001MPI.csv is listed twice");
    }

    @Test
    void aHugeRowCountIsRefusedQuotingOnlyItsStart() throws IOException {
        writeManifestText("file_name,row_count,sha256\nMHS001MPI.csv," + "9".repeat(100_000) + "," + "0".repeat(64)
                + "\n");

        assertThatThrownBy(() -> Manifest.read(bundle)).isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: line 2, column row_count: '" + "9".repeat(20) + "…' is not a whole number");
    }

    @Test
    void aManifestBiggerThanAnyRealOneIsRefusedUnread() throws IOException {
        writeManifestText("file_name,row_count,sha256\n\"" + "a".repeat(2 * 1024 * 1024));

        assertThatThrownBy(() -> Manifest.read(bundle)).isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: " + Files.size(bundle.resolve(Manifest.FILE_NAME))
                        + " bytes, more than the 1048576 a manifest may have; refused unread");
    }

    @Test
    void aManifestThatIsNotUtf8IsRefusedSayingSo() throws IOException {
        Files.write(bundle.resolve(Manifest.FILE_NAME), new byte[]{'f', 'i', 'l', 'e', (byte) 0xFF, '\n'});

        assertThatThrownBy(() -> Manifest.read(bundle)).isInstanceOf(BundleFormatException.class)
                .hasMessage("MANIFEST.csv: not valid UTF-8");
    }

    @Test
    void aDataFileInAnotherEncodingIsADiscrepancyNamingItsLineAndEncoding() throws IOException {
        Path patients = bundle.resolve("MHS001MPI.csv");
        String text = Files.readString(patients);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16); // with its byte-order mark
        Files.write(patients, utf16);

        assertThat(discrepancies()).containsExactly("MHS001MPI.csv: line 1: the file starts with a UTF-16 byte-order"
                + " mark; the agreement requires UTF-8");
    }
}
