package org.carebridge.identity.accuracy;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A labelled data set's CSV from the test resources, every field trimmed (FEBRL pads values with a space). */
final class LabelledCsv {

    private final List<String> header;
    private final List<String[]> rows;

    private LabelledCsv(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    static LabelledCsv resource(String path) {
        try (InputStream in = LabelledCsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + path + " is missing");
            }
            List<String[]> all = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readAll();
            List<String> header = new ArrayList<>();
            for (String h : all.get(0)) {
                header.add(h.strip());
            }
            List<String[]> rows = new ArrayList<>();
            for (String[] row : all.subList(1, all.size())) {
                String[] trimmed = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    trimmed[i] = row[i].strip();
                }
                rows.add(trimmed);
            }
            return new LabelledCsv(List.copyOf(header), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("test resource " + path + " is not CSV", e);
        }
    }

    List<Map<String, String>> records() {
        List<Map<String, String>> records = new ArrayList<>();
        for (String[] row : rows) {
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), i < row.length && !row[i].isEmpty() ? row[i] : null);
            }
            records.add(record);
        }
        return records;
    }
}
