package org.carebridge.wave;

import com.opencsv.CSVReaderHeaderAware;
import java.io.FileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;

/**
 * A person directory that knows the truth: the generator's answer key (truth/people.csv). It lets the wave
 * tests exercise planning and loading independently of identity resolution's own accuracy.
 */
public final class AnswerKeyPersonDirectory implements PersonDirectory {

    private final Map<String, List<SourceRef>> persons = new TreeMap<>();

    public AnswerKeyPersonDirectory(Path generated) {
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(new FileReader(generated.resolve("truth/people.csv").toFile()))) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                persons.computeIfAbsent("BC" + row.get("person_id").replaceAll("\\D", ""), p -> new ArrayList<>())
                        .add(new SourceRef(SourceSystem.valueOf(row.get("source_system")), row.get("source_key")));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the answer key", e);
        }
    }

    @Override
    public Map<String, List<SourceRef>> persons() {
        return persons;
    }
}
