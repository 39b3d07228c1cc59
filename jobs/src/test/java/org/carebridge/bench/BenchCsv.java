package org.carebridge.bench;

import com.opencsv.CSVReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's CSV as the tests read it: each stage's row by the stage's name, in the order they ran. */
final class BenchCsv {

    private BenchCsv() {
    }

    /** Empty when the benchmark wrote no CSV (it failed). */
    static Map<String, String[]> stages(Path csv) throws Exception {
        Map<String, String[]> stages = new LinkedHashMap<>();
        if (Files.exists(csv)) {
            try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
                reader.readNext();
                for (String[] row; (row = reader.readNext()) != null; ) {
                    stages.put(row[0], row);
                }
            }
        }
        return stages;
    }
}
