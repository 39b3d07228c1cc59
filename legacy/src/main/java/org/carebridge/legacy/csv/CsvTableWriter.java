package org.carebridge.legacy.csv;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a table in the agreement's CSV form (UTF-8, no byte-order mark, LF line ends, RFC 4180
 * quoting only where a field needs it) and keeps what a manifest needs: rows written and the SHA-256
 * of the bytes. It also knows the physical line each row starts on, so answer keys can name lines.
 */
public final class CsvTableWriter implements Closeable {

    private final DigestOutputStream digest;
    private final Writer writer;
    private final ICSVWriter csv;
    private long rows;
    private long nextLine = 1;
    private String sha256;

    private CsvTableWriter(OutputStream out, List<String> header) {
        this.digest = new DigestOutputStream(new BufferedOutputStream(out, 256 * 1024), sha256());
        this.writer = new BufferedWriter(new OutputStreamWriter(digest, StandardCharsets.UTF_8), 256 * 1024);
        this.csv = new CSVWriterBuilder(writer).withLineEnd("\n").build();
        writeFields(header.toArray(String[]::new));
    }

    public static CsvTableWriter create(Path file, List<String> header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new CsvTableWriter(Files.newOutputStream(file), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    public static CsvTableWriter create(OutputStream out, List<String> header) {
        return new CsvTableWriter(out, header);
    }

    /** Writes one data row; {@code null} fields are written empty. Returns the line the row starts on. */
    public long write(String... fields) {
        long line = nextLine;
        writeFields(fields);
        rows++;
        return line;
    }

    /**
     * Writes text as it is, followed by a line end: for deliberately malformed rows in test data.
     * It counts as a data row because a reader will meet it as one.
     */
    public long writeRaw(String text) {
        long line = nextLine;
        try {
            writer.write(text);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nextLine += 1 + newlines(text);
        rows++;
        return line;
    }

    public long rowsWritten() {
        return rows;
    }

    /** Lower-case hex SHA-256 of every byte written; available after {@link #close()}. */
    public String sha256Hex() {
        if (sha256 == null) {
            throw new IllegalStateException("the digest is known only once the file is closed");
        }
        return sha256;
    }

    @Override
    public void close() {
        try {
            csv.flush();
            if (csv.checkError()) {
                throw new UncheckedIOException("CSV write failed", csv.getException());
            }
            writer.flush();
            sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFields(String[] fields) {
        csv.writeNext(fields, false);
        long breaks = 1;
        for (String field : fields) {
            if (field != null) {
                breaks += newlines(field);
            }
        }
        nextLine += breaks;
    }

    private static long newlines(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
