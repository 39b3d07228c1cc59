package org.carebridge.handovers;

import java.util.List;
import java.util.Map;
import org.carebridge.cli.UserFacingException;
import org.carebridge.handover.workflow.HandoverState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handover actions as JSON under {@code /api}, with the same reach rules as the console (a lead only their
 * teams' cases; governance and administrators read-only). Requests that change something must be JSON, which a
 * cross-site form cannot send.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class HandoverApiController {

    /** A decision's body: the lead's reason, and for a re-pairing the chosen worker. */
    record Decision(String reason, String workerId) {
    }

    private final HandoverService handovers;
    private final Viewers viewers;

    HandoverApiController(HandoverService handovers, Viewers viewers) {
        this.handovers = handovers;
        this.viewers = viewers;
    }

    @GetMapping("/handovers")
    List<CaseSummary> list(Authentication user, @RequestParam(required = false) String wave,
                           @RequestParam(required = false) HandoverState state,
                           @RequestParam(defaultValue = "500") int limit) {
        return handovers.list(viewers.of(user), wave, state, Math.min(limit, 5000));
    }

    @GetMapping("/handovers/{caseId}")
    CaseDetail get(Authentication user, @PathVariable String caseId) {
        return CaseDetail.of(handovers.find(viewers.of(user), caseId));
    }

    @GetMapping("/handovers/{caseId}/eligible-workers")
    List<EligibleWorker> eligibleWorkers(Authentication user, @PathVariable String caseId,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(defaultValue = "25") int limit) {
        return handovers.eligibleWorkers(viewers.of(user), caseId, q, Math.min(limit, 200));
    }

    @PostMapping(path = "/handovers/{caseId}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseDetail approve(Authentication user, @PathVariable String caseId, @RequestBody Decision decision) {
        return CaseDetail.of(handovers.approve(viewers.of(user), caseId, decision.reason()));
    }

    @PostMapping(path = "/handovers/{caseId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseDetail reject(Authentication user, @PathVariable String caseId, @RequestBody Decision decision) {
        return CaseDetail.of(handovers.reject(viewers.of(user), caseId, decision.reason()));
    }

    @PostMapping(path = "/handovers/{caseId}/repair", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> repair(Authentication user, @PathVariable String caseId, @RequestBody Decision decision) {
        HandoverService.Repaired repaired = handovers.repair(viewers.of(user), caseId, decision.workerId(),
                decision.reason());
        return Map.of("handover", CaseDetail.of(repaired.handover()), "warnings", repaired.warnings());
    }

    @PostMapping("/waves/{wave}/handovers")
    ProposalRun propose(Authentication user, @PathVariable String wave) {
        return handovers.propose(wave, user.getName());
    }

    /**
     * A refusal the caller can act on (an unknown case or wave, a rule the decision breaks, a wave operation already
     * running), answered with its one-line reason instead of a server error. The reasons name ids, never personal data.
     */
    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, String>> refused(UserFacingException refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", refused.getMessage()));
    }

    @ExceptionHandler(HandoverAccessDenied.class)
    ResponseEntity<Map<String, String>> denied(HandoverAccessDenied denied) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", denied.getMessage()));
    }
}
