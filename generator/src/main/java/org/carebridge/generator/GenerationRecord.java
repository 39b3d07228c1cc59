package org.carebridge.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code truth/generation.properties}: the settings and generator version a dataset was made with and its
 * rows per file, so that a later run can tell whether the dataset can be reused. Written by hand in a fixed
 * order, without the timestamp comment {@link Properties#store} would add, so the file is reproducible.
 */
final class GenerationRecord {

    static final String FILE = "generation.properties";

    private GenerationRecord() {
    }

    static void write(Path file, GeneratorSettings settings, Map<String, Long> rowsByFile) {
        StringBuilder text = new StringBuilder();
        text.append("# Carebridge synthetic legacy sources: how this dataset was generated\n");
        text.append("generator.version=").append(SourceGenerator.VERSION).append('\n');
        text.append("seed=").append(settings.seed()).append('\n');
        text.append("people=").append(settings.people()).append('\n');
        text.append("asOf=").append(settings.asOf()).append('\n');
        text.append("defectRate=").append(settings.defectRate()).append('\n');
        rowsByFile.forEach((path, rows) -> text.append("rows.").append(path).append('=').append(rows).append('\n'));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The recorded properties of a dataset, or empty when it has none. */
    static Optional<Properties> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Whether the recorded dataset was made by this generator version with exactly these settings. */
    static boolean matches(Properties recorded, GeneratorSettings settings) {
        return Integer.toString(SourceGenerator.VERSION).equals(recorded.getProperty("generator.version"))
                && Long.toString(settings.seed()).equals(recorded.getProperty("seed"))
                && Long.toString(settings.people()).equals(recorded.getProperty("people"))
                && settings.asOf().toString().equals(recorded.getProperty("asOf"))
                && Double.toString(settings.defectRate()).equals(recorded.getProperty("defectRate"));
    }
}
