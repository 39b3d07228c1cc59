package org.carebridge.identity.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.carebridge.identity.normalise.NicknameTable;
import org.carebridge.identity.person.Gender;
import org.carebridge.identity.person.PersonRecord;
import org.carebridge.identity.person.RecordStatus;
import org.carebridge.identity.person.SourceRef;
import org.carebridge.legacy.format.NhsNumber;

/**
 * A simple corrupting synthesiser for benchmarks and accuracy tests (the project's real data generator is
 * written elsewhere). It makes people with skewed name frequencies and a long tail of rare names,
 * twins and couples at one address as hard non-matches, then keys each person into the council and/or
 * Oxleas with the errors real extracts show: typos, nicknames, initials, swapped names, changed and
 * double-barrelled surnames, missing values, transposed and mistyped dates, moves and partial postcodes,
 * unverified or mistyped NHS numbers, and council duplicates (some already merged, status M).
 * Deterministic for a seed. Only 999-range (never issued) NHS numbers are used.
 */
public final class PopulationSynthesiser {

    private static final String[] MALE = {"JAMES", "JOHN", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD",
        "JOSEPH", "THOMAS", "CHARLES", "CHRISTOPHER", "DANIEL", "MATTHEW", "ANTHONY", "MARK", "DONALD", "STEVEN",
        "PAUL", "ANDREW", "JOSHUA", "KENNETH", "KEVIN", "BRIAN", "GEORGE", "TIMOTHY", "RONALD", "EDWARD", "JASON",
        "JEFFREY", "RYAN", "JACOB", "GARY", "NICHOLAS", "ERIC", "JONATHAN", "STEPHEN", "LARRY", "JUSTIN", "SCOTT",
        "BRANDON", "BENJAMIN", "SAMUEL", "GREGORY", "ALEXANDER", "PATRICK", "FRANK", "RAYMOND", "JACK", "DENNIS",
        "JERRY", "TYLER", "AARON", "HENRY", "ADAM", "DOUGLAS", "NATHAN", "PETER", "ZACHARY", "KYLE", "OLIVER",
        "HARRY", "ALFIE", "OSCAR", "MOHAMMED", "ARTHUR", "NOAH", "LEO", "FREDERICK", "ALBERT", "STANLEY",
        "TERENCE", "COLIN", "DEREK", "GRAHAM", "IAN", "KEITH", "LEONARD", "MALCOLM", "NORMAN", "ROY", "SIMON"};
    private static final String[] FEMALE = {"MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA",
        "SUSAN", "JESSICA", "SARAH", "KAREN", "NANCY", "LISA", "BETTY", "MARGARET", "SANDRA", "ASHLEY",
        "KIMBERLEY", "EMILY", "DONNA", "MICHELLE", "DOROTHY", "CAROL", "AMANDA", "MELISSA", "DEBORAH",
        "STEPHANIE", "REBECCA", "SHARON", "LAURA", "CYNTHIA", "KATHLEEN", "AMY", "ANGELA", "SHIRLEY", "ANNA",
        "BRENDA", "PAMELA", "EMMA", "NICOLA", "HELEN", "SAMANTHA", "KATHERINE", "CHRISTINE", "DEBRA", "RACHEL",
        "CATHERINE", "CAROLYN", "JANET", "RUTH", "MARIA", "HEATHER", "DIANE", "VIRGINIA", "JULIE", "JOYCE",
        "VICTORIA", "OLIVIA", "KELLY", "CHRISTINA", "LAUREN", "JOAN", "EVELYN", "JUDITH", "MEGAN", "CHERYL",
        "ANDREA", "HANNAH", "JACQUELINE", "MARTHA", "GLORIA", "TERESA", "SOPHIE", "AMELIA", "ISLA", "GRACE",
        "FLORENCE", "EDITH", "IRENE", "JEAN", "MAUREEN", "VALERIE", "WENDY", "YVONNE", "PHILIPPA", "JOSEPHINE"};
    private static final String[] SURNAMES = {"SMITH", "JONES", "TAYLOR", "BROWN", "WILLIAMS", "WILSON",
        "JOHNSON", "DAVIES", "ROBINSON", "WRIGHT", "THOMPSON", "EVANS", "WALKER", "WHITE", "ROBERTS", "GREEN",
        "HALL", "WOOD", "JACKSON", "CLARKE", "PATEL", "KHAN", "LEWIS", "JAMES", "PHILLIPS", "MASON", "MITCHELL",
        "ROSE", "DAVIS", "RODRIGUEZ", "COX", "ALEXANDER", "MORRIS", "KING", "HUGHES", "WARD", "TURNER", "COOPER",
        "HILL", "MOORE", "CLARK", "HARRIS", "MARTIN", "LEE", "ANDERSON", "ALLEN", "YOUNG", "SCOTT", "BAKER",
        "ADAMS", "NELSON", "CARTER", "CAMPBELL", "PARKER", "EDWARDS", "COLLINS", "STEWART", "MORGAN", "BELL",
        "MURPHY", "BAILEY", "RICHARDSON", "HOWARD", "GRAY", "JAMES", "WATSON", "BROOKS", "KELLY", "SANDERS",
        "PRICE", "BENNETT", "BARNES", "ROSS", "HENDERSON", "COLEMAN", "JENKINS", "PERRY", "POWELL", "LONG",
        "PATTERSON", "FOSTER", "SIMMONS", "FOSTER", "GRAHAM", "WALLACE", "WEST", "COLE", "HAYES", "GIBSON",
        "ELLIS", "STEVENS", "MURRAY", "FORD", "MARSHALL", "OWENS", "MCDONALD", "HARRISON", "KENNEDY", "WELLS",
        "ALI", "AHMED", "HUSSAIN", "BEGUM", "SINGH", "KAUR", "SHAH", "OKAFOR", "ADEYEMI", "MENSAH", "NOWAK",
        "KOWALSKI", "O'BRIEN", "O'CONNOR", "MACDONALD", "FITZGERALD", "SMITH-JONES", "HUGHES-PARRY", "ÅBERG",
        "MÜLLER", "NGUYEN", "CHEN", "WANG", "LI", "ZHANG", "GARCIA", "FERNANDES", "DA SILVA", "PEREIRA"};
    private static final String[] SYLLABLES = {"AN", "BER", "CAL", "DOR", "EL", "FEN", "GAR", "HOL", "IN", "JAR",
        "KEL", "LAN", "MOR", "NOR", "OL", "PEN", "QUIN", "RAD", "SEL", "TOR", "UL", "VAN", "WEN", "YAR", "ZOL",
        "ASH", "BRO", "CHES", "DUN", "FOR", "GLEN", "HAR", "KIRK", "LEY", "MAR", "NEW", "RID", "STAN", "THW"};
    private static final String[] AREAS = {"DA1", "DA5", "DA6", "DA7", "DA8", "DA14", "DA15", "DA16", "DA17",
        "DA18", "SE2", "SE9", "SE28", "BR5", "BR8", "SE18", "SE12", "DA2", "DA3", "DA4"};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final NicknameTable nicknames;
    private final SplittableRandom random;
    private int nextNhsStem = 100_000;

    private record Person(int id, Gender gender, String forename, String middle, String surname, LocalDate dob,
                          String postcode, String nhs) {
    }

    public PopulationSynthesiser(NicknameTable nicknames, long seed) {
        this.nicknames = nicknames;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param councilPersons people the council knows
     * @param overlap        share of them Oxleas knows too
     * @param oxleasOnly     people only Oxleas knows, as a share of {@code councilPersons}
     */
    public SyntheticPopulation synthesise(int councilPersons, double overlap, double oxleasOnly) {
        List<Person> people = new ArrayList<>();
        int total = councilPersons + (int) Math.round(councilPersons * oxleasOnly);
        while (people.size() < total) {
            Person p = person(people.size());
            people.add(p);
            double kind = random.nextDouble();
            if (kind < 0.005 && people.size() < total) {
                people.add(twinOf(p, people.size()));
            } else if (kind < 0.025 && people.size() < total) {
                people.add(partnerOf(p, people.size()));
            }
        }
        List<PersonRecord> council = new ArrayList<>();
        List<PersonRecord> oxleas = new ArrayList<>();
        Set<String> cross = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        int nextClient = 100_001;
        int nextPatient = 1;
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            boolean inCouncil = i < councilPersons;
            boolean inOxleas = !inCouncil || random.nextDouble() < overlap;
            List<String> councilIds = new ArrayList<>();
            if (inCouncil) {
                String id = Integer.toString(nextClient++);
                councilIds.add(id);
                council.add(keyed(p, SourceRef.council(id), true).build());
                double dup = random.nextDouble();
                if (dup < 0.03) {
                    String second = Integer.toString(nextClient++);
                    PersonRecord.Builder b = keyed(p, SourceRef.council(second), true);
                    if (dup < 0.01) {
                        b.mergedInto(id);
                    }
                    council.add(b.build());
                    duplicates.add(id + "|" + second);
                    councilIds.add(second);
                }
            }
            if (inOxleas) {
                String id = String.format(Locale.ROOT, "RIO%07d", nextPatient++);
                oxleas.add(keyed(p, SourceRef.oxleas(id), false).build());
                for (String c : councilIds) {
                    cross.add(c + "|" + id);
                }
            }
        }
        return new SyntheticPopulation(council, oxleas, cross, duplicates);
    }

    private Person person(int id) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String forename = forename(gender);
        String middle = random.nextDouble() < 0.4 ? forename(gender) : null;
        LocalDate dob = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(80 * 365));
        return new Person(id, gender, forename, middle, surname(), dob, postcode(), nhsNumber());
    }

    private Person twinOf(Person p, int id) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String forename;
        do {
            forename = forename(gender);
        } while (forename.equals(p.forename()));
        return new Person(id, gender, forename, null, p.surname(), p.dob(), p.postcode(), nhsNumber());
    }

    private Person partnerOf(Person p, int id) {
        Gender gender = p.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        LocalDate dob = p.dob().plusDays(random.nextInt(-3000, 3000));
        return new Person(id, gender, forename(gender), null, p.surname(), dob, p.postcode(), nhsNumber());
    }

    private PersonRecord.Builder keyed(Person p, SourceRef ref, boolean council) {
        String forename = p.forename();
        String surname = p.surname();
        double r = random.nextDouble();
        if (r < 0.05) {
            forename = typo(forename);
        } else if (r < 0.09) {
            List<String> aliases = nicknames.aliases(forename);
            if (!aliases.isEmpty()) {
                forename = aliases.get(random.nextInt(aliases.size()));
            }
        } else if (r < 0.10) {
            forename = forename.substring(0, 1);
        } else if (r < 0.115) {
            forename = null;
        }
        r = random.nextDouble();
        if (r < 0.05) {
            surname = typo(surname);
        } else if (r < 0.06) {
            surname = null;
        } else if (r < 0.075 && p.gender() == Gender.FEMALE) {
            surname = surname();
        } else if (r < 0.085) {
            surname = surname + "-" + surname();
        }
        if (random.nextDouble() < 0.01) {
            String swap = forename;
            forename = surname;
            surname = swap;
        }
        LocalDate dob = p.dob();
        r = random.nextDouble();
        if (r < 0.015) {
            dob = null;
        } else if (r < 0.03 && dob.getDayOfMonth() <= 12) {
            dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        } else if (r < 0.06) {
            dob = oneDigitOff(dob);
        } else if (r < 0.07) {
            dob = dob.plusYears(random.nextBoolean() ? 1 : -1);
        }
        String postcode = p.postcode();
        r = random.nextDouble();
        if (r < 0.10) {
            postcode = postcode();
        } else if (r < 0.13) {
            postcode = postcode.substring(0, postcode.length() - 2) + unit();
        } else if (r < 0.17) {
            postcode = null;
        } else if (r < 0.19) {
            postcode = postcode.substring(0, postcode.indexOf(' '));
        }
        if (postcode != null && random.nextDouble() < 0.3) {
            postcode = random.nextBoolean() ? postcode.toLowerCase(Locale.ROOT) : postcode.replace(" ", "");
        }
        Gender gender = p.gender();
        r = random.nextDouble();
        if (r < 0.03) {
            gender = Gender.NOT_KNOWN;
        } else if (r < 0.033) {
            gender = gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        }
        String nhs = p.nhs();
        String status;
        r = random.nextDouble();
        double present = council ? 0.80 : 0.95;
        if (r >= present) {
            nhs = null;
            status = council ? null : "07";
        } else {
            double verified = council ? 0.6 : 0.85;
            status = random.nextDouble() < verified ? "01" : random.nextBoolean() ? "02" : "03";
            if (random.nextDouble() < 0.01) {
                nhs = typo(nhs.replaceAll("[^0-9]", ""), "0123456789");
                status = "02";
            }
            if (random.nextDouble() < 0.3) {
                nhs = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
            }
        }
        return PersonRecord.builder(ref)
                .nhsNumber(nhs, status)
                .forename(caseNoise(forename))
                .middleNames(council ? caseNoise(p.middle()) : null)
                .surname(caseNoise(surname))
                .dateOfBirth(dob)
                .gender(gender)
                .postcode(postcode)
                .status(RecordStatus.ACTIVE);
    }

    private String forename(Gender gender) {
        if (random.nextDouble() < 0.25) {
            // The long tail: real populations hold thousands of given names beyond the common ones.
            return rareName(2) + (gender == Gender.MALE ? "O" : "A");
        }
        String[] names = gender == Gender.MALE ? MALE : FEMALE;
        return names[skewed(names.length)];
    }

    private String surname() {
        // In the UK the hundred commonest surnames cover about a fifth of people; the rest is a long tail.
        if (random.nextDouble() < 0.7) {
            return rareName(2 + random.nextInt(2));
        }
        return SURNAMES[skewed(SURNAMES.length)];
    }

    private String rareName(int syllables) {
        StringBuilder rare = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            rare.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return rare.toString();
    }

    /** Zipf-like (weight 1/(rank+10)): the first names of a list are several times as common as the last. */
    private int skewed(int n) {
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += 1.0 / (r + 10);
        }
        double u = random.nextDouble() * total;
        for (int r = 0; r < n; r++) {
            u -= 1.0 / (r + 10);
            if (u <= 0) {
                return r;
            }
        }
        return n - 1;
    }

    private String postcode() {
        return AREAS[random.nextInt(AREAS.length)] + " " + random.nextInt(10) + unit();
    }

    private String unit() {
        return "" + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
    }

    private String nhsNumber() {
        while (true) {
            String stem = String.format(Locale.ROOT, "999%06d", nextNhsStem++);
            var check = NhsNumber.checkDigit(stem);
            if (check.isPresent()) {
                return stem + check.get();
            }
        }
    }

    private LocalDate oneDigitOff(LocalDate dob) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String digits = dob.toString().replace("-", "");
            int position = 2 + random.nextInt(6);
            char[] chars = digits.toCharArray();
            chars[position] = (char) ('0' + random.nextInt(10));
            String s = new String(chars);
            try {
                LocalDate changed = LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6)));
                if (!changed.equals(dob)) {
                    return changed;
                }
            } catch (java.time.DateTimeException e) {
                // Not a real date: try another digit.
            }
        }
        return dob.plusDays(1);
    }

    private String typo(String s) {
        return typo(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    private String typo(String s, String alphabet) {
        if (s == null || s.length() < 3) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 1);
        StringBuilder b = new StringBuilder(s);
        switch (random.nextInt(4)) {
            case 0 -> b.setCharAt(i, alphabet.charAt(random.nextInt(alphabet.length())));
            case 1 -> b.deleteCharAt(i);
            case 2 -> b.insert(i, alphabet.charAt(random.nextInt(alphabet.length())));
            default -> {
                char c = b.charAt(i);
                b.setCharAt(i, b.charAt(i - 1));
                b.setCharAt(i - 1, c);
            }
        }
        return b.toString();
    }

    private String caseNoise(String name) {
        if (name == null) {
            return null;
        }
        double r = random.nextDouble();
        if (r < 0.5) {
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
        return r < 0.55 ? " " + name.toLowerCase(Locale.ROOT) + " " : name;
    }
}
