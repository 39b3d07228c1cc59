package org.carebridge.console;

import java.util.List;
import java.util.Map;
import org.carebridge.handover.workflow.HandoverState;
import org.carebridge.handovers.HandoverService;
import org.carebridge.handovers.Viewers;
import org.carebridge.wave.WaveService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every wave's state, last run and gates, with its handover cases counted by state (for every role). */
@Controller
@ConditionalOnWebApplication
class WavePages {

    private final WaveService waves;
    private final HandoverService handovers;
    private final Viewers viewers;

    WavePages(WaveService waves, HandoverService handovers, Viewers viewers) {
        this.waves = waves;
        this.handovers = handovers;
        this.viewers = viewers;
    }

    /** One row of the page. */
    record WaveRow(String code, String name, String state, String cutover, String lastRun, String gates,
                   long members, Map<HandoverState, Integer> handovers) {
    }

    @GetMapping("/waves")
    String waves(Authentication user, Model model) {
        Map<String, Map<HandoverState, Integer>> counts = handovers.counts();
        List<WaveRow> rows = waves.status().stream().map(s -> new WaveRow(s.wave().code(), s.wave().name(),
                s.state().name(), String.valueOf(s.wave().cutover()), run(s.lastRun()),
                value(s.lastRun(), "blockers"), s.members(), counts.getOrDefault(s.wave().code(), Map.of()))).toList();
        model.addAttribute("viewer", viewers.of(user));
        model.addAttribute("waves", rows);
        model.addAttribute("states", HandoverState.values());
        return "waves";
    }

    private static String run(Map<String, Object> run) {
        if (run.isEmpty()) {
            return "";
        }
        return value(run, "run_id") + " " + value(run, "mode") + "/" + value(run, "status");
    }

    private static String value(Map<String, Object> run, String key) {
        for (Map.Entry<String, Object> entry : run.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue() == null ? "" : entry.getValue().toString();
            }
        }
        return "";
    }
}
