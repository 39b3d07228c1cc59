package org.carebridge.wave;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebridge.handover.needs.ClientRelationships;
import org.carebridge.handover.needs.HandoverNeeds;
import org.carebridge.handover.needs.LegacyRelationship;
import org.carebridge.handover.needs.RelationshipRole;
import org.carebridge.handover.model.HandoverReason;
import org.carebridge.load.CohortSourceReader;
import org.carebridge.load.LoadContext;
import org.carebridge.load.PersonSources;
import org.carebridge.load.PersonTarget;
import org.carebridge.load.PersonTransform;
import org.carebridge.load.StagedRow;
import org.carebridge.load.Workforce;
import org.carebridge.mappings.MappingTableSpec;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What a wave's cohort would become, worked out with the loader's own transform but without writing anything:
 * who is an open client, who would have no lead worker (and why), and who needs a handover (long-standing
 * mental-health clients among them). Reads no case notes or contacts.
 */
public final class CohortAnalysis {

    /**
     * The findings, per person id. Only the ids of long-standing mental-health clients are kept, not their
     * whole handover needs: in a mental-health wave they are half the cohort (324,531 needs with their current
     * workers held about 150 MB through a run of 1,000,000 clients).
     *
     * @param longStandingMentalHealth the open clients who need a handover a clinical lead approves, in person order
     */
    public record Result(int persons, int openClients, Map<String, String> withoutLeadWorker,
                         List<String> longStandingMentalHealth) {
    }

    private static final int BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;

    public CohortAnalysis(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Result analyse(long runId, LoadContext context, Period longStandingThreshold) {
        CohortSourceReader reader = new CohortSourceReader(jdbc);
        PersonTransform transform = new PersonTransform(context);
        HandoverNeeds needs = new HandoverNeeds(context.cutover(), longStandingThreshold);
        int[] persons = {0};
        int[] open = {0};
        Map<String, String> withoutLead = new LinkedHashMap<>();
        List<String> longStanding = new ArrayList<>();
        reader.cohortInBatches(runId, BATCH, batch -> {
            persons[0] += batch.size();
            for (PersonSources sources : reader.read(batch, false).values()) {
                PersonTarget target = transform.transform(sources);
                if (!target.openClient()) {
                    continue;
                }
                open[0]++;
                if (!target.leadWorker().named()) {
                    withoutLead.put(sources.personId(), target.leadWorker().reason());
                }
                needs.assess(relationships(sources, context)).filter(n -> n.has(HandoverReason.LONG_STANDING_MH))
                        .ifPresent(n -> longStanding.add(n.personId()));
            }
        });
        return new Result(persons[0], open[0], withoutLead, longStanding);
    }

    /** The client's legacy lead relationships as the handover rules read them. */
    public static ClientRelationships relationships(PersonSources s, LoadContext context) {
        List<LegacyRelationship> relationships = new ArrayList<>();
        Workforce workforce = context.workforce();
        for (StagedRow a : s.allocations()) {
            Optional<RelationshipRole> role = role(a.text("allocation_role"));
            if (role.isPresent() && a.date("start_date") != null && !context.isOrphan(a)) {
                relationships.add(new LegacyRelationship("COUNCIL:" + a.text("worker_id"), role.get(),
                        a.date("start_date"), a.date("end_date"), workforce.continuing("COUNCIL", a.text("worker_id"),
                        context.cutover()).map(Workforce.Entry::workerId).orElse(null)));
            }
        }
        for (StagedRow c : s.careCoordinators()) {
            if (c.date("start_date_ass_care_coord") != null && !context.isOrphan(c)) {
                relationships.add(new LegacyRelationship("OXLEAS:" + c.text("care_prof_local_id"),
                        RelationshipRole.CARE_COORDINATOR, c.date("start_date_ass_care_coord"),
                        c.date("end_date_ass_care_coord"), workforce.continuing("OXLEAS", c.text("care_prof_local_id"),
                        context.cutover()).map(Workforce.Entry::workerId).orElse(null)));
            }
        }
        boolean openMentalHealthReferral = s.referrals().stream().anyMatch(r -> r.date("serv_disch_date") == null);
        boolean mentalHealthSupport = s.councilClients().stream().anyMatch(c -> "Mental health support".equals(
                context.mappings().map(MappingTableSpec.PRIMARY_SUPPORT_REASON, c.text("primary_support_reason")).cleaned()));
        return new ClientRelationships(s.personId(), openMentalHealthReferral || mentalHealthSupport, relationships);
    }

    private static Optional<RelationshipRole> role(String allocationRole) {
        if (allocationRole == null) {
            return Optional.empty();
        }
        return switch (allocationRole) {
            case "KEY_WORKER" -> Optional.of(RelationshipRole.KEY_WORKER);
            case "REVIEWER" -> Optional.of(RelationshipRole.REVIEWER);
            case "DUTY" -> Optional.of(RelationshipRole.DUTY);
            default -> Optional.empty();
        };
    }
}
