package org.carebridge.generator.output;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import org.carebridge.legacy.csv.CsvTableWriter;

/**
 * The answer key of deliberate defects, {@code truth/defects.csv}: one row per defective source row with
 * the file and physical line it starts on, its key, what was done to it and the rule that should catch it.
 */
public final class DefectLog implements Closeable {

    static final List<String> HEADER = List.of("source_system", "source_table", "file", "line", "source_key",
            "defect", "expected_rule");

    private final CsvTableWriter out;
    private long count;

    public DefectLog(Path file) {
        this.out = CsvTableWriter.create(file, HEADER);
    }

    void record(TableSink sink, long line, String sourceKey, String defect, String rule) {
        out.write(sink.table().system().name(), sink.table().tableName(), sink.relativePath(), Long.toString(line),
                sourceKey, defect, rule);
        count++;
    }

    public long count() {
        return count;
    }

    @Override
    public void close() {
        out.close();
    }
}
