package org.carebridge.console;

import org.carebridge.handovers.Viewer;
import org.carebridge.handovers.Viewers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in and the start page, which lists what the signed-in user's roles open. */
@Controller
@ConditionalOnWebApplication
class ConsolePages {

    private final Viewers viewers;

    ConsolePages(Viewers viewers) {
        this.viewers = viewers;
    }

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        Viewer viewer = viewers.of(user);
        model.addAttribute("viewer", viewer);
        return "home";
    }
}
