package org.carebridge.identity.normalise;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.legacy.format.NhsNumber;

/** Turns person records into their comparable form; stateless apart from the nickname table. */
public final class PersonNormaliser {

    /** NHS number status indicator 01: number present and verified. */
    public static final String VERIFIED = "01";
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private final NicknameTable nicknames;
    private final DoubleMetaphone metaphone = new DoubleMetaphone();

    public PersonNormaliser(NicknameTable nicknames) {
        this.nicknames = nicknames;
    }

    public NicknameTable nicknames() {
        return nicknames;
    }

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
        String canonical = nicknames.canonical(forename);
        return new NormalisedPerson(index, record, forename, NameNormaliser.joined(given), List.copyOf(others),
                canonical, surname, surnameTokens, record.dateOfBirth(),
                record.dateOfBirth() == null ? null : DIGITS.format(record.dateOfBirth()), record.gender(),
                Postcode.parse(record.postcode()), nhs.orElse(null),
                nhs.isPresent() && VERIFIED.equals(statusCode(record.nhsNumberStatus())),
                phonetic(canonical), phonetic(surname));
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
