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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person directory that knows the truth: the generator's answer key (truth/people.csv). It lets the wave
 * tests exercise planning and loading independently of identity resolution's own accuracy. Planning reads the
 * directory as a relation, so the answer key is written to a test table each time it is asked for (test classes
 * with different answer keys may share one database).
 */
public final class AnswerKeyPersonDirectory implements PersonDirectory {

    private static final String TABLE = "answer_key_person";

    private final Map<String, List<SourceRef>> persons = new TreeMap<>();
    private final JdbcTemplate jdbc;

    public AnswerKeyPersonDirectory(Path generated, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** Merged person id → their legacy person records. */
    public Map<String, List<SourceRef>> persons() {
        return persons;
    }

    @Override
    public String relation() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (person_id VARCHAR(12) NOT NULL, source_system"
                + " VARCHAR(10) NOT NULL, source_id VARCHAR(40) NOT NULL, PRIMARY KEY (source_system, source_id))");
        jdbc.update("DELETE FROM " + TABLE);
        List<Object[]> rows = new ArrayList<>();
        persons.forEach((person, records) -> records.forEach(r -> rows.add(new Object[]{person, r.system().name(),
                r.id()})));
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (person_id, source_system, source_id) VALUES (?, ?, ?)", rows);
        return TABLE;
    }
}
