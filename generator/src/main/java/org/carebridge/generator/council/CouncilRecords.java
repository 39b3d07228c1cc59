package org.carebridge.generator.council;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carebridge.generator.output.OutputFiles;
import org.carebridge.generator.output.PeopleTruth;
import org.carebridge.generator.output.TableSink;
import org.carebridge.generator.people.CouncilDuplicate;
import org.carebridge.generator.people.KeyedIdentity;
import org.carebridge.generator.people.Keying;
import org.carebridge.generator.people.Person;
import org.carebridge.generator.random.Rng;
import org.carebridge.generator.staff.CouncilStaff;
import org.carebridge.generator.staff.CouncilWorker;
import org.carebridge.generator.teams.CouncilTeam;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.FieldParser;

/**
 * Writes everything the council holds about one person, right after each other: the CLIENTS record (and
 * a duplicate record for some), then the person's allocations, care packages, CLD events and case notes.
 * Nothing about the person is kept once {@link #write} returns, except the running ids.
 */
public final class CouncilRecords {

    private static final long STREAM = Rng.stream("council-records");
    /** Mean case notes per primary record, open and closed cases: about 20 per person over all people. */
    private static final double NOTES_OPEN = 30;
    private static final double NOTES_CLOSED = 17;
    private static final String[] NOTE_TYPES = {"CONTACT", "VISIT", "PHONE", "MDT", "SAFEGUARDING", "OTHER"};
    private static final double[] NOTE_TYPE_WEIGHTS = {25, 20, 30, 8, 4, 13};

    private final TableSink clients;
    private final TableSink allocations;
    private final TableSink services;
    private final TableSink events;
    private final TableSink notes;
    private final PeopleTruth truth;
    private final CouncilStaff staff;
    private final LocalDate asOf;
    private final long seed;
    private final Keying keying = new Keying();
    private final CarePackages packages = new CarePackages();
    private final CaseNoteText noteText = new CaseNoteText();
    private long nextClientId = 1_000_001;
    private long nextAllocationId = 40_000_001;
    private long nextServiceId = 60_000_001;
    private long nextEventId = 80_000_001;
    private long nextNoteId = 100_000_001;

    /** One stretch of time a worker held the person. */
    private record Spell(CouncilWorker worker, CouncilTeam team, LocalDate start, LocalDate end) {
        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    public CouncilRecords(OutputFiles out, CouncilStaff staff, LocalDate asOf, long seed) {
        this.clients = out.sink(SourceTable.COUNCIL_CLIENTS);
        this.allocations = out.sink(SourceTable.COUNCIL_ALLOCATIONS);
        this.services = out.sink(SourceTable.COUNCIL_SERVICES);
        this.events = out.sink(SourceTable.COUNCIL_EVENTS);
        this.notes = out.sink(SourceTable.COUNCIL_CASE_NOTES);
        this.truth = out.people();
        this.staff = staff;
        this.asOf = asOf;
        this.seed = seed;
    }

    public void write(Person person, Rng defects) {
        Rng rng = Rng.of(seed, STREAM, person.index());
        long primaryId = takeClientId(rng);
        long duplicateId = person.duplicate() == CouncilDuplicate.NONE ? 0 : takeClientId(rng);
        if (duplicateId != 0 && rng.chance(0.4)) {
            long t = primaryId;
            primaryId = duplicateId;
            duplicateId = t;
        }
        CouncilTeam team = person.councilTeam();
        LocalDate[] span = caseSpan(person, rng);
        LocalDate caseStart = span[0];
        LocalDate caseEnd = span[1];
        String psr = Cld.spell(supportReason(team, rng), rng);

        KeyedIdentity identity = keying.key(person, Keying.COUNCIL, person.councilShowsNhs(),
                person.oldAddressInCouncil(), rng);
        writeClient(person, primaryId, identity, psr, "A", null, caseStart, defects, rng);
        truth.record(person.personId(), SourceTable.COUNCIL_CLIENTS, Long.toString(primaryId),
                PeopleTruth.Role.PRIMARY);
        if (duplicateId != 0) {
            writeDuplicate(person, primaryId, duplicateId, psr, caseStart, defects, rng);
        }

        List<Spell> spells = keyWorkerSpells(person, caseStart, caseEnd, span[2], rng);
        writeAllocations(primaryId, spells, team, caseStart, caseEnd, defects, rng);
        writeServices(primaryId, team, caseStart, caseEnd, defects, rng);
        writeEvents(primaryId, person, spells, team, caseStart, caseEnd, defects, rng);
        double mean = caseEnd == null ? NOTES_OPEN : NOTES_CLOSED;
        if (person.councilLongStanding()) {
            mean *= 1.4;
        }
        int count = (int) Math.min(400, Math.round((rng.exponential(mean) + rng.exponential(mean)) / 2));
        writeNotes(primaryId, identity.preferredName(), spells, team, caseStart, caseEnd, count, defects, rng);
    }

    private long takeClientId(Rng rng) {
        long id = nextClientId;
        nextClientId += rng.chance(0.9) ? 1 : rng.between(2, 6);
        return id;
    }

    /** Start, end (null while open) and, for a long-standing client, when the current key worker took over. */
    private LocalDate[] caseSpan(Person person, Rng rng) {
        LocalDate earliest = person.birthDate().plusYears(18);
        LocalDate start;
        LocalDate end = null;
        LocalDate keySince = null;
        if (person.councilOpen()) {
            if (person.councilLongStanding()) {
                keySince = asOf.minusDays(rng.between(2 * 365 + 30, 10 * 365));
                start = keySince.minusDays(rng.between(0, 2 * 365));
            } else {
                start = asOf.minusDays(14 + (long) Math.min(rng.exponential(3.5 * 365), 14 * 365));
            }
        } else {
            end = person.deceased() ? person.deathDate() : asOf.minusDays(rng.between(30, 6 * 365));
            start = end.minusDays(rng.between(60, 5 * 365));
        }
        if (start.isBefore(earliest)) {
            start = earliest.isAfter(asOf.minusDays(14)) ? asOf.minusDays(14) : earliest;
            if (keySince != null && keySince.isBefore(start)) {
                keySince = start;
            }
            if (end != null && end.isBefore(start)) {
                end = start.plusDays(30).isAfter(asOf) ? asOf : start.plusDays(30);
            }
        }
        return new LocalDate[] {start, end, keySince};
    }

    private void writeClient(Person person, long clientId, KeyedIdentity id, String psr, String status,
                             Long mergedInto, LocalDate caseStart, Rng defects, Rng rng) {
        String nhsStatus = id.nhsNumber() != null
                ? new String[] {"01", "02", "05"}[rng.weighted(70, 25, 5)]
                : new String[] {null, "03", "04", "07"}[rng.weighted(55, 30, 10, 5)];
        String gender = rng.chance(0.975) ? (person.male() ? "M" : "F") : rng.chance(0.8) ? "U" : "I";
        String ethnicity = rng.chance(0.03) ? "NOBT" : rng.chance(0.015) ? "REFU" : person.councilEthnicity();
        LocalDate updatedFrom = caseStart.isAfter(asOf.minusYears(2)) ? caseStart : asOf.minusYears(2);
        LocalDateTime updated = rng.timeOn(rng.dateBetween(updatedFrom, asOf.minusDays(1)));
        String[] row = {Long.toString(clientId), id.nhsNumber(), nhsStatus, person.title(), id.forename(),
            id.middleNames(), id.surname(), id.preferredName(), date(id.birthDate()), date(person.deathDate()), gender,
            ethnicity, id.address().line1(), id.address().line2(), id.address().line3(), id.postcode(), psr, status,
            mergedInto == null ? null : Long.toString(mergedInto), FieldParser.format(updated)};
        clients.write(row, defects);
    }

    private void writeDuplicate(Person person, long primaryId, long duplicateId, String psr, LocalDate caseStart,
                                Rng defects, Rng rng) {
        KeyedIdentity identity = keying.key(person, Keying.COUNCIL_DUPLICATE, rng.chance(0.6),
                person.previousHome() != null && rng.chance(0.5), rng);
        LocalDate earlier = rng.dateBetween(caseStart.minusYears(3), caseStart);
        switch (person.duplicate()) {
            case MERGED -> {
                writeClient(person, duplicateId, identity, psr, "M", primaryId, earlier, defects, rng);
                truth.record(person.personId(), SourceTable.COUNCIL_CLIENTS, Long.toString(duplicateId),
                        PeopleTruth.Role.MERGED);
                writeNotes(duplicateId, null, List.of(), person.councilTeam(), earlier, caseStart, rng.between(0, 3),
                        defects, rng);
            }
            case UNMARKED -> {
                writeClient(person, duplicateId, identity, psr, "A", null, earlier, defects, rng);
                truth.record(person.personId(), SourceTable.COUNCIL_CLIENTS, Long.toString(duplicateId),
                        PeopleTruth.Role.DUPLICATE);
                CouncilWorker duty = staff.current(person.councilTeam(), rng);
                LocalDate end = earlier.plusDays(rng.between(1, 20));
                allocation(duplicateId, duty, person.councilTeam(), "DUTY", earlier, end.isAfter(asOf) ? asOf : end,
                        defects);
                event(duplicateId, "Request", earlier, earlier, Cld.spell(Cld.OUT_SIGNPOSTING, rng), null, null,
                        defects);
                writeNotes(duplicateId, null, List.of(), person.councilTeam(), earlier, earlier.plusDays(20),
                        rng.between(1, 4), defects, rng);
            }
            default -> {
                writeClient(person, duplicateId, identity, psr, "D", null, earlier, defects, rng);
                truth.record(person.personId(), SourceTable.COUNCIL_CLIENTS, Long.toString(duplicateId),
                        PeopleTruth.Role.DELETED);
            }
        }
    }

    /** Key workers over the case: the current one last (none for the ~1% unallocated). */
    private List<Spell> keyWorkerSpells(Person person, LocalDate caseStart, LocalDate caseEnd, LocalDate keySince,
                                        Rng rng) {
        CouncilTeam team = person.councilTeam();
        List<Spell> spells = new ArrayList<>(4);
        LocalDate historyEnd;
        Spell current = null;
        if (caseEnd == null) {
            LocalDate from = keySince != null ? keySince
                    : rng.dateBetween(later(caseStart, asOf.minusYears(2)), asOf.minusDays(7));
            if (from.isBefore(caseStart)) {
                from = caseStart;
            }
            historyEnd = from.minusDays(1);
            if (!rng.chance(0.01)) {
                current = new Spell(staff.current(team, rng), team, from, null);
            }
        } else {
            historyEnd = caseEnd;
        }
        if (!historyEnd.isBefore(caseStart)) {
            int pieces = (int) Math.min(3, 1 + ChronoUnit.DAYS.between(caseStart, historyEnd) / (2 * 365));
            LocalDate from = caseStart;
            for (int i = 0; i < pieces; i++) {
                LocalDate to = i == pieces - 1 ? historyEnd : rng.dateBetween(from, historyEnd);
                spells.add(historicSpell(team, from, to, rng));
                from = to.plusDays(1);
                if (from.isAfter(historyEnd)) {
                    break;
                }
            }
        }
        if (current != null) {
            spells.add(current);
        }
        return spells;
    }

    private Spell historicSpell(CouncilTeam team, LocalDate from, LocalDate to, Rng rng) {
        boolean hospitalTeam = ("OP".equals(team.serviceArea()) || "INT".equals(team.serviceArea()))
                && to.isBefore(CouncilTeam.HSD_CLOSED) && rng.chance(0.25);
        if (hospitalTeam) {
            return new Spell(staff.former(CouncilTeam.HSD, rng), CouncilTeam.HSD, from, to);
        }
        CouncilWorker worker = rng.chance(0.5) ? staff.former(team, rng) : staff.current(team, rng);
        return new Spell(worker, team, from, to);
    }

    private void writeAllocations(long clientId, List<Spell> spells, CouncilTeam team, LocalDate caseStart,
                                  LocalDate caseEnd, Rng defects, Rng rng) {
        if (rng.chance(0.15)) {
            LocalDate start = rng.dateBetween(caseStart, earlier(caseStart.plusDays(10), asOf));
            LocalDate end = earlier(start.plusDays(rng.between(1, 14)), caseEnd == null ? asOf : caseEnd);
            allocation(clientId, staff.current(team, rng), team, "DUTY", start, end.isBefore(start) ? start : end,
                    defects);
        }
        for (Spell s : spells) {
            allocation(clientId, s.worker(), s.team(), "KEY_WORKER", s.start(), s.end(), defects);
        }
        if (caseEnd == null && rng.chance(0.1)) {
            LocalDate start = rng.dateBetween(later(caseStart, asOf.minusYears(2)), asOf.minusDays(1));
            allocation(clientId, staff.current(team, rng), team, "REVIEWER", start, null, defects);
        }
    }

    private void allocation(long clientId, CouncilWorker worker, CouncilTeam team, String role, LocalDate start,
                            LocalDate end, Rng defects) {
        allocations.write(new String[] {Long.toString(nextAllocationId++), Long.toString(clientId),
            Long.toString(worker.id()), team.code(), role, date(start), date(end)}, defects);
    }

    private void writeServices(long clientId, CouncilTeam team, LocalDate caseStart, LocalDate caseEnd, Rng defects,
                               Rng rng) {
        LocalDate last = caseEnd == null ? asOf.minusDays(1) : caseEnd;
        int ended = rng.weighted(45, 35, 20);
        for (int i = 0; i < ended && last.isAfter(caseStart.plusDays(30)); i++) {
            LocalDate start = rng.dateBetween(caseStart, last.minusDays(30));
            LocalDate end = rng.dateBetween(start.plusDays(7), last);
            service(clientId, packages.draw(team, rng), start, end, defects);
        }
        if (caseEnd == null && rng.chance(0.85)) {
            int open = rng.chance(0.3) ? 2 : 1;
            for (int i = 0; i < open; i++) {
                LocalDate start = rng.dateBetween(caseStart, asOf.minusDays(7));
                service(clientId, packages.draw(team, rng), start.isAfter(asOf) ? asOf : start, null, defects);
            }
        }
    }

    private void service(long clientId, CarePackages.Package p, LocalDate start, LocalDate end, Rng defects) {
        services.write(new String[] {Long.toString(nextServiceId++), Long.toString(clientId), p.serviceType(),
            p.component(), p.deliveryMechanism(), p.cqcLocation(), p.provider(), date(start), date(end), p.unitCost(),
            p.frequency(), p.plannedUnitsPerWeek()}, defects);
    }

    private void writeEvents(long clientId, Person person, List<Spell> spells, CouncilTeam team, LocalDate caseStart,
                             LocalDate caseEnd, Rng defects, Rng rng) {
        LocalDate last = caseEnd == null ? asOf : caseEnd;
        boolean intake = "INT".equals(team.serviceArea());
        event(clientId, "Request", caseStart, caseStart,
                Cld.spell(intake ? Cld.OUT_TO_REABLEMENT : Cld.OUT_TO_ASSESSMENT, rng),
                rng.chance(0.4) ? null : workerAt(spells, team, caseStart, rng), null, defects);
        LocalDate assessmentStart = earlier(caseStart.plusDays(rng.between(3, 40)), last);
        LocalDate assessmentEnd = assessmentStart.plusDays(rng.between(1, 30));
        if (assessmentEnd.isAfter(last)) {
            if (caseEnd == null) {
                event(clientId, "Assessment", assessmentStart, null, null, workerAt(spells, team, assessmentStart, rng),
                        null, defects);
                return;
            }
            assessmentEnd = last;
        }
        event(clientId, "Assessment", assessmentStart, assessmentEnd, Cld.spell(Cld.OUT_TO_SERVICES, rng),
                workerAt(spells, team, assessmentStart, rng), null, defects);
        LocalDate reviewStart = assessmentEnd.plusDays(rng.between(300, 420));
        for (int i = 0; i < 10 && !reviewStart.isAfter(last); i++) {
            LocalDate reviewEnd = earlier(reviewStart.plusDays(rng.between(0, 14)), last);
            boolean finalReview = caseEnd != null && !reviewStart.plusDays(380).isBefore(caseEnd);
            Cld.Value outcome = finalReview ? closingOutcome(person, rng)
                    : rng.chance(0.05) ? Cld.OUT_HOSPITAL : Cld.OUT_CONTINUATION;
            event(clientId, "Review", reviewStart, reviewEnd, Cld.spell(outcome, rng),
                    workerAt(spells, team, reviewStart, rng), finalReview ? null : date(reviewEnd.plusYears(1)),
                    defects);
            if (finalReview) {
                return;
            }
            reviewStart = reviewEnd.plusDays(rng.between(300, 420));
        }
        if (caseEnd != null) {
            event(clientId, "Review", caseEnd, caseEnd, Cld.spell(closingOutcome(person, rng), rng),
                    workerAt(spells, team, caseEnd, rng), null, defects);
        }
    }

    private static Cld.Value closingOutcome(Person person, Rng rng) {
        if (person.deceased()) {
            return Cld.OUT_DECEASED;
        }
        return rng.chance(0.7) ? Cld.OUT_ENDED : Cld.OUT_DECLINED;
    }

    private void event(long clientId, String type, LocalDate start, LocalDate end, String outcome,
                       CouncilWorker worker, String nextReview, Rng defects) {
        events.write(new String[] {Long.toString(nextEventId++), Long.toString(clientId), type, date(start), date(end),
            outcome, worker == null ? null : Long.toString(worker.id()), nextReview}, defects);
    }

    private CouncilWorker workerAt(List<Spell> spells, CouncilTeam team, LocalDate day, Rng rng) {
        for (Spell s : spells) {
            if (s.covers(day)) {
                return s.worker();
            }
        }
        return staff.current(team, rng);
    }

    private void writeNotes(long clientId, String preferredName, List<Spell> spells, CouncilTeam team,
                            LocalDate from, LocalDate to, int count, Rng defects, Rng rng) {
        if (count == 0) {
            return;
        }
        LocalDate first = later(from, asOf.minusYears(8));
        LocalDate last = earlier(to == null ? asOf : to, asOf);
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
            CouncilWorker worker = rng.chance(0.8) ? workerAt(spells, team, day, rng) : staff.current(team, rng);
            String type = NOTE_TYPES[rng.weighted(NOTE_TYPE_WEIGHTS)];
            notes.write(new String[] {Long.toString(nextNoteId++), Long.toString(clientId), Long.toString(worker.id()),
                FieldParser.format(rng.timeOn(day)), type, noteText.draw(type, preferredName, rng)}, defects);
        }
    }

    private static Cld.Value supportReason(CouncilTeam team, Rng rng) {
        return switch (team.serviceArea()) {
            case "OP" -> new Cld.Value[] {Cld.PSR_PERSONAL_CARE, Cld.PSR_ACCESS, Cld.PSR_MEMORY, Cld.PSR_VISUAL,
                Cld.PSR_ISOLATION}[rng.weighted(50, 15, 25, 5, 5)];
            case "PD" -> new Cld.Value[] {Cld.PSR_PERSONAL_CARE, Cld.PSR_ACCESS, Cld.PSR_VISUAL, Cld.PSR_HEARING}
                [rng.weighted(55, 30, 8, 7)];
            case "LD" -> Cld.PSR_LD;
            case "MH" -> rng.chance(0.95) ? Cld.PSR_MH : Cld.PSR_SUBSTANCE;
            default -> new Cld.Value[] {Cld.PSR_PERSONAL_CARE, Cld.PSR_ACCESS, Cld.PSR_MEMORY, Cld.PSR_ISOLATION}
                [rng.weighted(50, 30, 10, 10)];
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
