package org.carebridge.reconciliation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pack's {@code SHA256SUMS}: one line {@code <sha256>  <file>} per file, sorted by file name, LF line ends, in
 * the format {@code sha256sum -c} checks. The <b>report SHA-256</b>, the hash a sign-off binds to, is the SHA-256 of
 * this file's bytes: it covers every file of the pack at once.
 */
final class Sha256Sums {

    static final String FILE_NAME = "SHA256SUMS";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  ([A-Za-z0-9._-]+)");

    private Sha256Sums() {
    }

    static byte[] render(Map<String, String> hashByFile) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(hashByFile).forEach((file, hash) -> text.append(hash).append("  ").append(file).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(HashingFile.sha256().digest(bytes));
    }

    /**
     * Checks every file {@code SHA256SUMS} lists in {@code pack} and that the pack holds no other file;
     * returns the report SHA-256.
     */
    static String verify(Path pack) {
        Path sums = pack.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(sums);
        } catch (IOException e) {
            throw new ReportPackException(pack + ": " + FILE_NAME + " cannot be read; not a complete report pack", e);
        }
        Map<String, String> listed = new TreeMap<>();
        for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ReportPackException(pack + ": " + FILE_NAME + " has a malformed line");
            }
            listed.put(m.group(2), m.group(1));
        }
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            String actual = hashOf(pack.resolve(entry.getKey()), pack);
            if (!actual.equals(entry.getValue())) {
                throw new ReportPackException(pack + ": " + entry.getKey() + " does not match its SHA-256 in "
                        + FILE_NAME + "; the pack has been changed since it was written");
            }
        }
        try (var files = Files.list(pack)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(FILE_NAME) && !listed.containsKey(name)) {
                    throw new ReportPackException(pack + ": " + name + " is not listed in " + FILE_NAME);
                }
            }
        } catch (IOException e) {
            throw new ReportPackException(pack + ": cannot be listed", e);
        }
        return sha256Hex(bytes);
    }

    private static String hashOf(Path file, Path pack) {
        MessageDigest sha = HashingFile.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new ReportPackException(pack + ": " + file.getFileName() + " is listed in " + FILE_NAME
                    + " but cannot be read", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
