package org.carebridge.identity.normalise;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.SharedValues;
import org.carebridge.legacy.format.NhsNumber;

/**
 * Turns person records into their comparable form; holds the nickname table and the values its records share (one
 * normaliser per run).
 */
public final class PersonNormaliser {

    /** NHS number status indicator 01: number present and verified. */
    public static final String VERIFIED = "01";
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private final NicknameTable nicknames;
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final SharedValues shared = new SharedValues();

    public PersonNormaliser(NicknameTable nicknames) {
        this.nicknames = nicknames;
    }

    public NicknameTable nicknames() {
        return nicknames;
    }

    /**
     * The record's normalised form. Equal strings, name lists and postcodes are shared between the records this
     * normaliser has seen (a run's records), so that a population's repeated names take their memory once.
     */
    public NormalisedPerson normalise(int index, PersonRecord record) {
        List<String> given = NameNormaliser.tokens(record.forename());
        String forename = given.isEmpty() ? null : given.get(0);
        List<String> others = new ArrayList<>(given.size() > 1 ? given.subList(1, given.size()) : List.of());
        others.addAll(NameNormaliser.tokens(record.middleNames()));
        List<String> preferred = NameNormaliser.tokens(record.preferredName());
        if (!preferred.isEmpty()) {
            others.add(preferred.get(0));
        }
        if (forename == null && !others.isEmpty()) {
            // A record keyed with only a preferred or middle name is still known by it.
            forename = others.remove(0);
        }
        others.removeIf(name -> name.length() < 2);
        List<String> surnameTokens = NameNormaliser.tokens(record.surname());
        String surname = NameNormaliser.joined(surnameTokens);
        Optional<String> nhs = NhsNumber.valid(record.nhsNumber());
        String canonical = shared.of(nicknames.canonical(forename));
        return new NormalisedPerson(index, record, shared.of(forename), shared.of(NameNormaliser.joined(given)),
                sharedList(others), canonical, shared.of(surname), sharedList(surnameTokens),
                shared.of(record.dateOfBirth()),
                record.dateOfBirth() == null ? null : shared.of(DIGITS.format(record.dateOfBirth())), record.gender(),
                shared.of(Postcode.parse(record.postcode())), nhs.orElse(null),
                nhs.isPresent() && VERIFIED.equals(statusCode(record.nhsNumberStatus())),
                shared.of(phonetic(canonical)), shared.of(phonetic(surname)));
    }

    private List<String> sharedList(List<String> names) {
        return shared.of(names.stream().map(shared::of).toList());
    }

    /** The status indicator as two digits ({@code 1} and {@code 01} are both keyed). */
    static String statusCode(String keyed) {
        if (keyed == null) {
            return null;
        }
        String s = keyed.strip();
        return s.length() == 1 ? "0" + s : s;
    }

    private String phonetic(String name) {
        if (name == null) {
            return null;
        }
        String code = metaphone.doubleMetaphone(name);
        return code == null || code.isEmpty() ? name : code;
    }
}
