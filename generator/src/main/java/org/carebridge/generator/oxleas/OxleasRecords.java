package org.carebridge.generator.oxleas;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carebridge.generator.output.OutputFiles;
import org.carebridge.generator.output.PeopleTruth;
import org.carebridge.generator.output.TableSink;
import org.carebridge.generator.people.KeyedIdentity;
import org.carebridge.generator.people.Keying;
import org.carebridge.generator.people.Person;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.staff.OxleasClinician;
import org.carebridge.generator.staff.OxleasStaff;
import org.carebridge.generator.teams.OxleasTeam;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.FieldParser;

/**
 * Writes everything Oxleas holds about one patient, right after each other: the MHS001MPI record, then
 * referrals with the team that holds each, care coordinator assignments, CPA episodes, care contacts and
 * risk flags. Nothing about the patient is kept once {@link #write} returns, except the running ids.
 */
public final class OxleasRecords {

    private static final long STREAM = Rng.stream("oxleas-records");
    /** Mean contacts per referral: about 10 per person over all people. */
    private static final double CONTACTS_OPEN = 17;
    private static final double CONTACTS_CLOSED = 6;
    private static final String[] SOURCES = {"A1", "B1", "B2", "C1", "E1", "H1", "H2", "I1", "J2", "P1"};
    private static final double[] SOURCE_WEIGHTS = {42, 8, 4, 8, 5, 12, 8, 3, 6, 4};
    private static final String[] ATTENDANCE = {"5", "6", "7", "2", "3", "4"};
    private static final double[] ATTENDANCE_WEIGHTS = {72, 6, 1, 7, 9, 5};
    private static final String[] MECHANISMS = {"01", "02", "11", "05", "12"};
    private static final double[] MECHANISM_WEIGHTS = {60, 28, 8, 2, 2};

    private final TableSink patients;
    private final TableSink referrals;
    private final TableSink referralTeams;
    private final TableSink coordinators;
    private final TableSink cpa;
    private final TableSink contacts;
    private final TableSink flags;
    private final PeopleTruth truth;
    private final OxleasStaff staff;
    private final LocalDate asOf;
    private final long seed;
    private final Keying keying = new Keying();
    private long nextPatient = 1_000_000;
    private long nextReferral = 10_000_001;
    private long nextCpa = 1_000_001;
    private long nextContact = 100_000_001;

    /** A referral and the care coordinators who held it. */
    private record Referral(String id, OxleasTeam team, LocalDate received, LocalDate discharged, boolean rejected,
                            List<Coordination> coordination) {
    }

    private record Coordination(OxleasClinician clinician, LocalDate start, LocalDate end) {
    }

    public OxleasRecords(OutputFiles out, OxleasStaff staff, LocalDate asOf, long seed) {
        this.patients = out.sink(SourceTable.OXLEAS_PATIENTS);
        this.referrals = out.sink(SourceTable.OXLEAS_REFERRALS);
        this.referralTeams = out.sink(SourceTable.OXLEAS_REFERRAL_TEAMS);
        this.coordinators = out.sink(SourceTable.OXLEAS_CARE_COORDINATORS);
        this.cpa = out.sink(SourceTable.OXLEAS_CPA_EPISODES);
        this.contacts = out.sink(SourceTable.OXLEAS_CONTACTS);
        this.flags = out.sink(SourceTable.OXLEAS_RISK_FLAGS);
        this.truth = out.people();
        this.staff = staff;
        this.asOf = asOf;
        this.seed = seed;
    }

    public void write(Person person, Rng defects) {
        Rng rng = Rng.of(seed, STREAM, person.index());
        nextPatient += rng.chance(0.85) ? 1 : rng.between(2, 5);
        String patientId = "RIO" + nextPatient;
        writePatient(person, patientId, defects, rng);
        truth.record(person.personId(), SourceTable.OXLEAS_PATIENTS, patientId, PeopleTruth.Role.PRIMARY);

        List<Referral> history = referrals(person, rng);
        LocalDate firstSeen = history.get(0).received();
        for (Referral r : history) {
            writeReferral(patientId, r, defects, rng);
        }
        for (Referral r : history) {
            for (Coordination c : r.coordination()) {
                coordinators.write(new String[] {patientId, c.clinician().id(), c.clinician().team().teamType(),
                    date(c.start()), date(c.end())}, defects);
            }
        }
        writeCpa(patientId, history, defects, rng);
        for (Referral r : history) {
            writeContacts(r, defects, rng);
        }
        writeFlags(patientId, firstSeen, person, defects, rng);
    }

    private void writePatient(Person person, String patientId, Rng defects, Rng rng) {
        KeyedIdentity id = keying.key(person, Keying.OXLEAS, person.oxleasShowsNhs(),
                person.previousHome() != null && !person.oldAddressInCouncil(), rng);
        String status = id.nhsNumber() != null ? (rng.chance(0.92) ? "01" : "02")
                : new String[] {null, "03", "04"}[rng.weighted(50, 35, 15)];
        String gender = rng.chance(0.985) ? (person.male() ? "1" : "2") : rng.chance(0.7) ? "X" : "9";
        String ethnic = rng.chance(0.03) ? "Z" : rng.chance(0.04) ? "99" : person.nhsEthnicity();
        String postcode = id.postcode();
        patients.write(new String[] {patientId, id.nhsNumber(), status, id.forename(), id.surname(),
            date(id.birthDate()), gender, ethnic, postcode, person.language(), date(person.deathDate())}, defects);
    }

    /** The patient's referrals, oldest first; the last one is with the person's current (or latest) team. */
    private List<Referral> referrals(Person person, Rng rng) {
        OxleasTeam team = person.oxleasTeam();
        LocalDate received;
        LocalDate discharged = null;
        LocalDate coordinatorSince = null;
        if (person.oxleasOpen()) {
            if (person.oxleasLongStanding()) {
                coordinatorSince = asOf.minusDays(rng.between(2 * 365 + 30, 10 * 365));
                received = coordinatorSince.minusDays(rng.between(0, 180));
            } else {
                long back = team == OxleasTeam.CRISIS ? rng.between(1, 40)
                        : 7 + (long) Math.min(rng.exponential(2 * 365), 12 * 365);
                received = asOf.minusDays(back);
            }
        } else {
            discharged = person.deceased() ? person.deathDate() : asOf.minusDays(rng.between(20, 5 * 365));
            received = discharged.minusDays(team == OxleasTeam.CRISIS ? rng.between(14, 60) : rng.between(90, 4 * 365));
        }
        LocalDate adult = person.birthDate().plusYears(17);
        if (received.isBefore(adult)) {
            received = adult.isAfter(asOf.minusDays(1)) ? asOf.minusDays(1) : adult;
            if (discharged != null && discharged.isBefore(received)) {
                discharged = received;
            }
            if (coordinatorSince != null && coordinatorSince.isBefore(received)) {
                coordinatorSince = received;
            }
        }
        List<Referral> earlier = new ArrayList<>(3);
        int previous = rng.weighted(50, 35, 15);
        LocalDate before = received.minusDays(30);
        for (int i = 0; i < previous && before.isAfter(adult.plusDays(200)); i++) {
            OxleasTeam past = rng.chance(0.5) ? OxleasTeam.CRISIS : team;
            LocalDate end = rng.dateBetween(before.minusYears(3), before);
            LocalDate start = end.minusDays(past == OxleasTeam.CRISIS ? rng.between(10, 50) : rng.between(60, 700));
            if (start.isBefore(adult)) {
                break;
            }
            earlier.add(0, referral(past, start, end, null, rng));
            before = start.minusDays(30);
        }
        earlier.add(referral(team, received, discharged, coordinatorSince, rng));
        return earlier;
    }

    private Referral referral(OxleasTeam team, LocalDate received, LocalDate discharged, LocalDate coordinatorSince,
                              Rng rng) {
        String id = "SR" + nextReferral;
        nextReferral += rng.chance(0.9) ? 1 : rng.between(2, 4);
        List<Coordination> coordination = new ArrayList<>(2);
        if (team.coordinatesCare()) {
            LocalDate end = discharged;
            LocalDate start = coordinatorSince != null ? coordinatorSince
                    : earlier(received.plusDays(rng.between(7, 60)), end == null ? asOf : end);
            LocalDate lastDay = end == null ? asOf : end;
            if (coordinatorSince == null && ChronoUnit.DAYS.between(start, lastDay) > 2 * 365 && rng.chance(0.4)) {
                LocalDate handover = rng.dateBetween(start.plusDays(180), lastDay.minusDays(30));
                coordination.add(new Coordination(staff.coordinator(team, rng), start, handover.minusDays(1)));
                start = handover;
            }
            coordination.add(new Coordination(staff.coordinator(team, rng), start, end));
        }
        boolean rejected = discharged != null && !team.coordinatesCare() && rng.chance(0.05);
        return new Referral(id, team, received, discharged, rejected, coordination);
    }

    private void writeReferral(String patientId, Referral r, Rng defects, Rng rng) {
        referrals.write(new String[] {r.id(), patientId, date(r.received()), SOURCES[rng.weighted(SOURCE_WEIGHTS)],
            primaryReason(r.team(), rng), date(r.discharged())}, defects);
        referralTeams.write(new String[] {r.id(), r.team().id(), r.team().teamType(), date(r.discharged()),
            r.rejected() ? date(r.discharged()) : null}, defects);
    }

    private void writeCpa(String patientId, List<Referral> history, Rng defects, Rng rng) {
        Referral latest = history.get(history.size() - 1);
        if (!latest.team().coordinatesCare() || !rng.chance(0.35)) {
            return;
        }
        LocalDate last = latest.discharged() == null ? asOf : latest.discharged();
        LocalDate start = earlier(latest.received().plusDays(rng.between(0, 90)), last);
        cpa.write(new String[] {"CPA" + nextCpa++, patientId, date(start), date(latest.discharged())}, defects);
    }

    private void writeContacts(Referral r, Rng defects, Rng rng) {
        if (r.rejected()) {
            return;
        }
        boolean open = r.discharged() == null;
        double mean = r.team() == OxleasTeam.CRISIS ? 10 : open ? CONTACTS_OPEN : CONTACTS_CLOSED;
        int count = (int) Math.min(300, Math.round((rng.exponential(mean) + rng.exponential(mean)) / 2));
        LocalDate first = later(r.received(), asOf.minusYears(4));
        LocalDate last = open ? asOf : r.discharged();
        if (last.isBefore(first)) {
            first = last;
        }
        long span = ChronoUnit.DAYS.between(first, last);
        long[] days = new long[count];
        for (int i = 0; i < count; i++) {
            days[i] = rng.betweenLong(0, span);
        }
        Arrays.sort(days);
        for (long offset : days) {
            LocalDate day = first.plusDays(offset);
            OxleasClinician who = coordinatorAt(r, day);
            if (who == null || rng.chance(0.4)) {
                who = staff.anyone(r.team(), rng);
            }
            contacts.write(new String[] {"CC" + nextContact++, r.id(), r.team().id(), who.id(), date(day),
                ATTENDANCE[rng.weighted(ATTENDANCE_WEIGHTS)], MECHANISMS[rng.weighted(MECHANISM_WEIGHTS)]}, defects);
        }
    }

    private static OxleasClinician coordinatorAt(Referral r, LocalDate day) {
        for (Coordination c : r.coordination()) {
            if (!day.isBefore(c.start()) && (c.end() == null || !day.isAfter(c.end()))) {
                return c.clinician();
            }
        }
        return null;
    }

    private void writeFlags(String patientId, LocalDate firstSeen, Person person, Rng defects, Rng rng) {
        LocalDate last = person.deceased() ? person.deathDate() : asOf;
        boolean s117 = rng.chance(0.08);
        if (s117) {
            flag(patientId, "S117", firstSeen, last, 0.1, defects, rng);
            if (rng.chance(0.3)) {
                flag(patientId, "CTO", firstSeen, last, 0.4, defects, rng);
            }
        }
        if (rng.chance(0.07)) {
            flag(patientId, "HIGH_RISK", firstSeen, last, 0.35, defects, rng);
        }
        if (rng.chance(0.05)) {
            flag(patientId, "SAFEGUARDING", firstSeen, last, 0.4, defects, rng);
        }
        if (rng.chance(0.03)) {
            flag(patientId, "LONE_WORKING", firstSeen, last, 0.1, defects, rng);
        }
    }

    private void flag(String patientId, String type, LocalDate from, LocalDate last, double endedShare, Rng defects,
                      Rng rng) {
        LocalDate start = rng.dateBetween(from, last);
        LocalDate end = rng.chance(endedShare) && start.isBefore(last) ? rng.dateBetween(start.plusDays(1), last) : null;
        flags.write(new String[] {patientId, type, date(start), date(end)}, defects);
    }

    private static String primaryReason(OxleasTeam team, Rng rng) {
        return switch (team) {
            case EIP -> "01";
            case OLDER_ADULTS -> rng.chance(0.8) ? "08" : "04";
            case CRISIS -> rng.chance(0.7) ? "18" : "15";
            default -> new String[] {"02", "03", "04", "05", "11", "14", "15", "09"}
                [rng.weighted(20, 10, 25, 15, 8, 12, 5, 5)];
        };
    }

    private static String date(LocalDate d) {
        return FieldParser.format(d);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
