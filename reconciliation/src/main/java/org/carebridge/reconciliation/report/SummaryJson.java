package org.carebridge.reconciliation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@code summary.json}. Numbers are written plainly ({@code 1200.50}, never {@code 1.2005E+3}). */
final class SummaryJson {

    static final String FILE_NAME = "summary.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SummaryJson() {
    }

    static void write(OutputStream out, PackContents contents) {
        MAPPER.writeValue(out, SummaryDocument.of(contents));
    }

    static SummaryDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            SummaryDocument document = MAPPER.readValue(in, SummaryDocument.class);
            if (!SummaryDocument.FORMAT.equals(document.format())) {
                throw new ReportPackException(file + ": format '" + document.format() + "' is not "
                        + SummaryDocument.FORMAT);
            }
            return document;
        } catch (IOException | JacksonException e) {
            throw new ReportPackException(file + ": cannot be read as a reconciliation summary", e);
        }
    }
}
