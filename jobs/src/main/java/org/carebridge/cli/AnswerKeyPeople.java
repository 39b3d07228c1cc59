package org.carebridge.cli;

import com.opencsv.CSVReaderHeaderAware;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.wave.PersonDirectory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * SYNTHETIC DATA ONLY: who is who according to the generator's answer key ({@code truth/people.csv}), for the
 * demo and the handover benchmark when this build has no identity resolution wired in. It lets them show waves
 * and handovers without measuring identity resolution's own accuracy. Never used for real sources: it is
 * registered only by those two commands, only for a generated dataset, and only when no other directory exists.
 */
final class AnswerKeyPeople implements PersonDirectory {

    private final Map<String, List<SourceRef>> persons = new TreeMap<>();

    private AnswerKeyPeople(Path generated) {
        Path key = generated.resolve("truth/people.csv");
        try (Reader reader = Files.newBufferedReader(key, StandardCharsets.UTF_8);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                persons.computeIfAbsent("BC" + row.get("person_id").replaceAll("\\D", ""), p -> new ArrayList<>())
                        .add(new SourceRef(SourceSystem.valueOf(row.get("source_system")), row.get("source_key")));
            }
        } catch (IOException | com.opencsv.exceptions.CsvValidationException e) {
            throw new UserFacingException("cannot read the generator's answer key " + key, e);
        }
    }

    @Override
    public Map<String, List<SourceRef>> persons() {
        return persons;
    }

    /**
     * Registers the answer key as the person directory unless the application already has one.
     *
     * @return true if the answer key is used
     */
    static boolean registerIfNone(ApplicationContextHolder context, Path generated) {
        ConfigurableListableBeanFactory beans = context.context().getBeanFactory();
        if (beans.getBeanProvider(PersonDirectory.class).getIfAvailable() != null) {
            return false;
        }
        beans.registerSingleton("answerKeyPeople", new AnswerKeyPeople(generated));
        return true;
    }
}
