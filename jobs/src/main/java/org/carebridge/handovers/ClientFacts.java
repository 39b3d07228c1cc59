package org.carebridge.handovers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.carebridge.handover.model.ClientFlag;
import org.carebridge.handover.model.Locality;
import org.carebridge.handover.model.ServiceLine;
import org.carebridge.load.LoadContext;
import org.carebridge.load.PersonSources;
import org.carebridge.load.StagedRow;
import org.carebridge.load.TeamDirectory;
import org.carebridge.mappings.MappingTableSpec;
import org.carebridge.mappings.Postcodes;

/**
 * What the pairing needs to know about one client besides their lead relationships, read from their staged
 * rows as they stand at cutover: locality, service line, complexity flags and preferred language. Codes only.
 *
 * @param locality     from the person's postcode, else their lead team's locality; empty if neither is known
 * @param serviceLine  of the team holding them: care coordinator's team, key worker's team, an open referral's
 *                     team, another current allocation's team (first that maps); MH if known to MH and none maps
 */
record ClientFacts(Optional<Locality> locality, Optional<ServiceLine> serviceLine, Set<ClientFlag> flags,
                   String preferredLanguage) {

    static ClientFacts of(PersonSources s, LoadContext context, boolean knownToMentalHealth) {
        LocalDate cutover = context.cutover();
        List<TeamDirectory.Placement> placements = placements(s, context);
        Optional<ServiceLine> serviceLine = placements.stream().map(p -> enumOf(ServiceLine.class, p.serviceLine()))
                .flatMap(Optional::stream).findFirst();
        if (serviceLine.isEmpty() && knownToMentalHealth) {
            serviceLine = Optional.of(ServiceLine.MENTAL_HEALTH);
        }
        Optional<Locality> locality = personLocality(s, context)
                .or(() -> placements.stream().map(p -> enumOf(Locality.class, p.legacyLocality()))
                        .flatMap(Optional::stream).filter(l -> l != Locality.BOROUGH).findFirst());

        Set<ClientFlag> flags = EnumSet.noneOf(ClientFlag.class);
        if (knownToMentalHealth) {
            flags.add(ClientFlag.MH);
        }
        for (StagedRow cpa : s.cpaEpisodes()) {
            if (!context.isOrphan(cpa) && current(cpa.date("start_date_cpa"), cpa.date("end_date_cpa"), cutover)) {
                flags.add(ClientFlag.CPA);
            }
        }
        for (StagedRow flag : s.riskFlags()) {
            if (!context.isOrphan(flag) && current(flag.date("start_date"), flag.date("end_date"), cutover)) {
                enumOf(ClientFlag.class, flag.text("flag_type")).filter(f -> f != ClientFlag.MH && f != ClientFlag.CPA)
                        .ifPresent(flags::add);
            }
        }
        String language = s.oxleasPatients().stream().map(p -> p.text("language_code_preferred"))
                .filter(code -> code != null && !code.isBlank()).map(code -> code.strip().toLowerCase(Locale.ROOT))
                .findFirst().filter(code -> !code.equals("en")).orElse(null);
        return new ClientFacts(locality, serviceLine, flags, language);
    }

    /** Teams holding the client at cutover, most telling first. */
    private static List<TeamDirectory.Placement> placements(PersonSources s, LoadContext context) {
        LocalDate cutover = context.cutover();
        TeamDirectory teams = context.teams();
        List<TeamDirectory.Placement> placements = new ArrayList<>();
        s.careCoordinators().stream()
                .filter(c -> !context.isOrphan(c) && current(c.date("start_date_ass_care_coord"),
                        c.date("end_date_ass_care_coord"), cutover))
                .sorted(Comparator.comparing((StagedRow c) -> c.date("start_date_ass_care_coord"),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(c -> teams.oxleasStaffTeam(c.text("care_prof_local_id"))
                        .flatMap(team -> teams.placement("OXLEAS", team)).ifPresent(placements::add));
        List<StagedRow> allocations = s.allocations().stream()
                .filter(a -> !context.isOrphan(a) && current(a.date("start_date"), a.date("end_date"), cutover))
                .sorted(Comparator.comparing((StagedRow a) -> !"KEY_WORKER".equals(a.text("allocation_role")))
                        .thenComparing(a -> a.date("start_date"), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        allocations.stream().filter(a -> "KEY_WORKER".equals(a.text("allocation_role")))
                .forEach(a -> teams.placement("COUNCIL", a.text("team_code")).ifPresent(placements::add));
        for (StagedRow team : s.referralTeams()) {
            boolean referralOpen = s.referrals().stream().anyMatch(r -> java.util.Objects.equals(
                    r.text("service_request_id"), team.text("service_request_id")) && r.date("serv_disch_date") == null);
            if (referralOpen && !context.isOrphan(team) && team.date("refer_closure_date") == null
                    && team.date("refer_rejection_date") == null) {
                teams.placement("OXLEAS", team.text("care_prof_team_local_id")).ifPresent(placements::add);
            }
        }
        allocations.stream().filter(a -> !"KEY_WORKER".equals(a.text("allocation_role")))
                .forEach(a -> teams.placement("COUNCIL", a.text("team_code")).ifPresent(placements::add));
        return placements;
    }

    /** The postcode's locality: the active council record's postcode first, then an Oxleas one. */
    private static Optional<Locality> personLocality(PersonSources s, LoadContext context) {
        List<String> postcodes = new ArrayList<>();
        s.councilClients().stream()
                .sorted(Comparator.comparing((StagedRow c) -> !"A".equals(c.text("record_status"))))
                .filter(c -> !"D".equals(c.text("record_status")))
                .forEach(c -> postcodes.add(c.text("postcode")));
        s.oxleasPatients().forEach(p -> postcodes.add(p.text("postcode")));
        return postcodes.stream().filter(p -> p != null && !p.isBlank()).findFirst()
                .map(p -> context.mappings().map(MappingTableSpec.POSTCODE_LOCALITY, Postcodes.district(p)).cleaned())
                .flatMap(code -> enumOf(Locality.class, code)).filter(l -> l != Locality.BOROUGH);
    }

    private static boolean current(LocalDate start, LocalDate end, LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
