package org.carebridge.handover.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.carebridge.handover.model.HandoverClient;
import org.carebridge.handover.plan.HandoverPlan;

/**
 * One client's handover as it moves through {@link HandoverState}. Changed only by {@link HandoverWorkflow}, which
 * appends an {@link AuditEvent} for every transition.
 */
public final class HandoverCase {

    private final HandoverClient client;
    private final String approverLeadId;
    private HandoverPlan plan;
    private HandoverState state;
    private final List<AuditEvent> auditTrail = new ArrayList<>();

    HandoverCase(HandoverClient client, String approverLeadId, HandoverPlan plan, AuditEvent proposed) {
        this.client = Objects.requireNonNull(client, "client");
        this.approverLeadId = Objects.requireNonNull(approverLeadId, "approverLeadId");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.state = proposed.to();
        this.auditTrail.add(proposed);
    }

    public String personId() {
        return client.personId();
    }

    public HandoverClient client() {
        return client;
    }

    /** The clinical lead who decides on this handover. */
    public String approverLeadId() {
        return approverLeadId;
    }

    public HandoverPlan plan() {
        return plan;
    }

    public HandoverState state() {
        return state;
    }

    public String incomingWorkerId() {
        return plan.incomingWorkerId();
    }

    public List<AuditEvent> auditTrail() {
        return List.copyOf(auditTrail);
    }

    /**
     * Who is responsible for the client now. Until the handover is ACTIVE, which needs the incoming worker's
     * acceptance first, it is whoever held the client before (outgoing workers, or duty for a client without a
     * lead worker), so responsibility never has a gap.
     */
    public List<String> responsibleNow() {
        if (state.incomingResponsible()) {
            return List.of(plan.incomingWorkerId());
        }
        return plan.holdersBeforeHandover();
    }

    void apply(AuditEvent event, HandoverPlan newPlan) {
        this.state = event.to();
        this.plan = newPlan;
        this.auditTrail.add(event);
    }
}
