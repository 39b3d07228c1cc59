package org.carebridge.reconciliation.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A new file whose bytes are hashed as they are written. */
final class HashingFile extends OutputStream {

    private final DigestOutputStream out;
    private String sha256;

    HashingFile(Path file) throws IOException {
        this.out = new DigestOutputStream(new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024),
                sha256());
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (sha256 == null) {
            out.flush();
            sha256 = HexFormat.of().formatHex(out.getMessageDigest().digest());
        }
        out.close();
    }

    /** Lower-case hex SHA-256 of every byte written; known once closed. */
    String sha256Hex() {
        if (sha256 == null) {
            throw new IllegalStateException("the digest is known only once the file is closed");
        }
        return sha256;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
