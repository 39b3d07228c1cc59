package org.carebridge.linking;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.legacy.SourceSystem;

/**
 * The generator's answer key ({@code truth/people.csv}: person_id, source_system, source_table, source_key,
 * record_role) and the pairwise scoring of a link run against it.
 *
 * <p>True council–Oxleas pairs are every council record × every Oxleas record of the same person (a person
 * with a council duplicate and an Oxleas record makes two true pairs). True council duplicates are every two
 * council records of one person. Only records that took part in the run count: rows the parser rejected or
 * whose key repeated were skipped and reported by the run, and deleted council records (RECORD_STATUS D) are
 * not migrated, so pairs involving them are out of scope (counted, not scored). REVIEW decisions are neither
 * right nor wrong; they are counted apart.
 */
public final class AnswerKey {

    /** Source records per person, in person order. */
    private final Map<String, List<SourceRef>> recordsByPerson;

    private AnswerKey(Map<String, List<SourceRef>> recordsByPerson) {
        this.recordsByPerson = recordsByPerson;
    }

    /** Reads {@code people.csv} (the generator writes it under {@code DIR/truth/}). */
    public static AnswerKey read(Path peopleCsv) {
        Map<String, List<SourceRef>> byPerson = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(peopleCsv, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            int person = indexOf(header, "person_id");
            int system = indexOf(header, "source_system");
            int key = indexOf(header, "source_key");
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                byPerson.computeIfAbsent(row[person], p -> new ArrayList<>())
                        .add(new SourceRef(SourceSystem.valueOf(row[system]), row[key]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer key " + peopleCsv, e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException("the answer key " + peopleCsv + " is not valid CSV (line "
                    + e.getLineNumber() + ")", e);
        }
        return new AnswerKey(byPerson);
    }

    /** The records of a run that take part in resolution: read, and not deleted at source. */
    public static Set<SourceRef> participants(PersonReadResult... sides) {
        Set<SourceRef> refs = new HashSet<>();
        for (PersonReadResult side : sides) {
            for (PersonRecord r : side.records()) {
                if (r.status() != RecordStatus.DELETED) {
                    refs.add(r.ref());
                }
            }
        }
        return refs;
    }

    /** Scores the MATCH rows of a link file ({@code council_client_id,oxleas_patient_id,decision,…}). */
    public PairScore scoreLinks(Path linkFile, Predicate<SourceRef> tookPart) {
        Set<String> truth = new HashSet<>();
        long outOfScope = 0;
        for (List<SourceRef> records : recordsByPerson.values()) {
            for (SourceRef c : records) {
                for (SourceRef o : records) {
                    if (c.system() == SourceSystem.COUNCIL && o.system() == SourceSystem.OXLEAS) {
                        if (tookPart.test(c) && tookPart.test(o)) {
                            truth.add(c.id() + "|" + o.id());
                        } else {
                            outOfScope++;
                        }
                    }
                }
            }
        }
        return score("council-oxleas", truth, outOfScope, linkFile, false);
    }

    /** Scores the MATCH rows of a council duplicates file ({@code council_client_id,other_council_client_id,…}). */
    public PairScore scoreCouncilDuplicates(Path duplicatesFile, Predicate<SourceRef> tookPart) {
        Set<String> truth = new HashSet<>();
        long outOfScope = 0;
        for (List<SourceRef> records : recordsByPerson.values()) {
            List<SourceRef> council = records.stream().filter(r -> r.system() == SourceSystem.COUNCIL).sorted()
                    .toList();
            for (int i = 0; i < council.size(); i++) {
                for (int j = i + 1; j < council.size(); j++) {
                    if (tookPart.test(council.get(i)) && tookPart.test(council.get(j))) {
                        truth.add(council.get(i).id() + "|" + council.get(j).id());
                    } else {
                        outOfScope++;
                    }
                }
            }
        }
        return score("council duplicates", truth, outOfScope, duplicatesFile, true);
    }

    private static PairScore score(String what, Set<String> truth, long outOfScope, Path decisions,
                                   boolean bothCouncil) {
        long predicted = 0;
        long correct = 0;
        long inReview = 0;
        try (Reader in = Files.newBufferedReader(decisions, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(in)) {
            String[] header = csv.readNext();
            int decision = indexOf(header, "decision");
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                String pair = bothCouncil ? councilPair(row[0], row[1]) : row[0] + "|" + row[1];
                boolean isTrue = truth.contains(pair);
                if ("MATCH".equals(row[decision])) {
                    predicted++;
                    correct += isTrue ? 1 : 0;
                } else if (isTrue) {
                    inReview++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + decisions, e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException(decisions + " is not valid CSV (line " + e.getLineNumber() + ")", e);
        }
        return new PairScore(what, truth.size(), outOfScope, predicted, correct, inReview);
    }

    /** Two council ids in record order, as the key's pairs are. */
    private static String councilPair(String a, String b) {
        return SourceRef.council(a).compareTo(SourceRef.council(b)) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; header != null && i < header.length; i++) {
            if (column.equals(header[i].strip())) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + column + " in the header");
    }
}
