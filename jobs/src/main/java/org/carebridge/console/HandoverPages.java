package org.carebridge.console;

import java.util.List;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.CaseDetail;
import org.carebridge.handovers.CaseSummary;
import org.carebridge.handovers.EligibleWorker;
import org.carebridge.handovers.HandoverAccessDenied;
import org.carebridge.handovers.HandoverRefused;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.Viewer;
import org.carebridge.handovers.Viewers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clinical lead's handover queue: the proposals of their teams with each explanation, and on a case's page the
 * plan, its history, approve, reject with a reason, or re-pair with a worker from a searchable list checked
 * against the hard rules. Governance and administrators see the same pages read-only. URLs carry only opaque
 * case ids, wave codes and states.
 */
@Controller
@ConditionalOnWebApplication
class HandoverPages {

    private static final int QUEUE_LIMIT = 1000;
    private static final int WORKER_LIMIT = 25;

    private final HandoverService handovers;
    private final Viewers viewers;

    HandoverPages(HandoverService handovers, Viewers viewers) {
        this.handovers = handovers;
        this.viewers = viewers;
    }

    @GetMapping("/handovers")
    String queue(Authentication user, @RequestParam(required = false) String wave,
                 @RequestParam(required = false) HandoverState state, Model model) {
        Viewer viewer = viewers.of(user);
        String waveFilter = wave == null || wave.isBlank() ? null : wave;
        List<CaseSummary> cases = handovers.list(viewer, waveFilter, state, QUEUE_LIMIT);
        model.addAttribute("viewer", viewer);
        model.addAttribute("cases", cases);
        model.addAttribute("wave", waveFilter);
        model.addAttribute("state", state);
        model.addAttribute("states", HandoverState.values());
        model.addAttribute("limited", cases.size() >= QUEUE_LIMIT);
        return "handovers";
    }

    @GetMapping("/handovers/{caseId}")
    String handover(Authentication user, @PathVariable String caseId, @RequestParam(required = false) String q,
                    Model model) {
        Viewer viewer = viewers.of(user);
        CaseDetail detail = CaseDetail.of(handovers.find(viewer, caseId));
        boolean decides = viewer.isClinicalLead() && detail.decidable();
        List<EligibleWorker> workers = decides ? handovers.eligibleWorkers(viewer, caseId, q, WORKER_LIMIT) : List.of();
        model.addAttribute("viewer", viewer);
        model.addAttribute("handover", detail);
        model.addAttribute("decides", decides);
        model.addAttribute("workers", workers);
        model.addAttribute("q", q == null ? "" : q);
        return "handover";
    }

    @PostMapping("/handovers/{caseId}/approve")
    String approve(Authentication user, @PathVariable String caseId, @RequestParam(required = false) String reason,
                   RedirectAttributes flash) {
        return act(caseId, flash, () -> handovers.approve(viewers.of(user), caseId, reason), "Approved.");
    }

    @PostMapping("/handovers/{caseId}/reject")
    String reject(Authentication user, @PathVariable String caseId, @RequestParam(required = false) String reason,
                  RedirectAttributes flash) {
        return act(caseId, flash, () -> handovers.reject(viewers.of(user), caseId, reason),
                "Rejected: the client goes back to pairing at the next proposal run.");
    }

    @PostMapping("/handovers/{caseId}/repair")
    String repair(Authentication user, @PathVariable String caseId, @RequestParam(required = false) String workerId,
                  @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(caseId, flash, () -> {
            HandoverService.Repaired repaired = handovers.repair(viewers.of(user), caseId, workerId, reason);
            flash.addFlashAttribute("warnings", repaired.warnings());
        }, "Re-paired with " + workerId + ".");
    }

    private static String act(String caseId, RedirectAttributes flash, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (HandoverRefused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/handovers/" + caseId;
    }

    @ExceptionHandler(HandoverAccessDenied.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "error/403";
    }

    @ExceptionHandler(HandoverRefused.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(HandoverRefused refused, Model model) {
        model.addAttribute("message", refused.getMessage());
        return "error/404";
    }
}
