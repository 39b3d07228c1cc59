package org.carebridge.legacy.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carebridge.legacy.csv.BundleFormatException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestVerifierTest {

    @TempDir
    Path bundle;

    /** Writes every Oxleas file with two rows (one with a line break inside a field) and a true manifest. */
    @BeforeEach
    void writeAVerifiableBundle() {
        VerifiableOxleasBundle.writeTo(bundle);
    }

    @Test
    void anIntactBundleVerifies() {
        assertThat(new ManifestVerifier().verify(bundle).discrepancies()).isEmpty();
    }

    @Test
    void aChangedFileIsRefusedNamingTheFileAndTheHashDifference() throws Exception {
        Path contacts = bundle.resolve("MHS201CareContact.csv");
        Files.writeString(contacts, Files.readString(contacts).replace("A2", "B2"));

        ManifestVerifier.Result result = new ManifestVerifier().verify(bundle);

        assertThat(result.discrepancies()).singleElement().asString()
                .startsWith("MHS201CareContact.csv: SHA-256 differs from the manifest");
        assertThatThrownBy(result::orThrow).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("nothing staged");
    }

    @Test
    void aCountThatLiesIsRefusedWithBothCounts() throws Exception {
        Path manifest = bundle.resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("MHS101Referral.csv,2,", "MHS101Referral.csv,3,"));

        assertThat(new ManifestVerifier().verify(bundle).discrepancies())
                .containsExactly("MHS101Referral.csv: manifest says 3 rows, the file holds 2");
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.delete(bundle.resolve("RiskFlags.csv"));

        assertThat(new ManifestVerifier().verify(bundle).discrepancies())
                .containsExactly("RiskFlags.csv: listed in MANIFEST.csv but missing from the bundle");
    }

    @Test
    void aBundleWithoutAManifestIsRefused() throws Exception {
        Files.delete(bundle.resolve(Manifest.FILE_NAME));

        assertThatThrownBy(() -> new ManifestVerifier().verify(bundle))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("MANIFEST.csv: missing");
    }

    @Test
    void aManifestNamingAFileOutsideTheBundleIsRefused() throws Exception {
        Files.writeString(bundle.resolve(Manifest.FILE_NAME), "file_name,row_count,sha256\n../../etc/passwd,1,"
                + "0".repeat(64) + "\n");

        assertThatThrownBy(() -> new ManifestVerifier().verify(bundle))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("line 2, column file_name: not a plain file name");
    }
}
