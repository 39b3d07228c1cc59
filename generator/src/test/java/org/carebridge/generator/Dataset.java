package org.carebridge.generator;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carebridge.generator.output.OutputFiles;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.CsvTableReader;
import org.carebridge.legacy.csv.SourceRow;

/** A generated dataset on disk, with the readers tests need. */
record Dataset(Path root, GenerationSummary summary) {

    /** One row of truth/defects.csv. */
    record Defect(String system, String table, String file, long line, String key, String defect, String rule) {
    }

    /** One row of truth/people.csv. */
    record PersonRecord(String personId, String system, String table, String key, String role) {
    }

    static Dataset generate(Path dir, GeneratorSettings settings) {
        return new Dataset(dir, new SourceGenerator(settings).generate(dir));
    }

    Path file(SourceTable table) {
        return root.resolve(OutputFiles.relativePath(table));
    }

    List<SourceRow> rows(SourceTable table) {
        List<SourceRow> rows = new ArrayList<>();
        try (CsvTableReader reader = CsvTableReader.open(table, file(table))) {
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    List<Defect> defects() {
        return readCsv(root.resolve("truth/defects.csv")).stream()
                .map(r -> new Defect(r[0], r[1], r[2], Long.parseLong(r[3]), r[4], r[5], r[6])).toList();
    }

    List<PersonRecord> people() {
        return readCsv(root.resolve("truth/people.csv")).stream()
                .map(r -> new PersonRecord(r[0], r[1], r[2], r[3], r[4])).toList();
    }

    static List<String[]> readCsv(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            return all.subList(1, all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(e);
        }
    }
}
