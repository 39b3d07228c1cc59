package org.carebridge.console;

import java.util.List;
import java.util.Locale;
import org.carebridge.audit.AuditEntry;
import org.carebridge.audit.AuditTrail;
import org.carebridge.handovers.Viewers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's identity review queue and the audit trail for governance. */
@Controller
@ConditionalOnWebApplication
class OversightPages {

    private static final int LIMIT = 500;

    private final IdentityReviewQueue reviews;
    private final AuditTrail audit;
    private final Viewers viewers;

    OversightPages(IdentityReviewQueue reviews, AuditTrail audit, Viewers viewers) {
        this.reviews = reviews;
        this.audit = audit;
        this.viewers = viewers;
    }

    @GetMapping("/identity")
    String identity(Authentication user, Model model) {
        boolean available = reviews.available();
        model.addAttribute("viewer", viewers.of(user));
        model.addAttribute("available", available);
        model.addAttribute("pairs", available ? reviews.open(LIMIT) : List.of());
        return "identity";
    }

    @GetMapping("/audit")
    String audit(Authentication user, @RequestParam(required = false) String action, Model model) {
        String filter = action == null ? "" : action.strip().toUpperCase(Locale.ROOT);
        List<AuditEntry> entries = audit.latest(filter.isEmpty() ? LIMIT : 20 * LIMIT).stream()
                .filter(e -> filter.isEmpty() || e.action().contains(filter)).limit(LIMIT).toList();
        model.addAttribute("viewer", viewers.of(user));
        model.addAttribute("entries", entries);
        model.addAttribute("action", filter);
        model.addAttribute("verification", audit.verify());
        return "audit";
    }
}
