package dev.orderrelay.console.pages;

import dev.orderrelay.console.security.SignInMethods;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sign-in page (the form for configured users, the link to the organisation's OIDC provider, whichever are
 * configured), and the page shown when a role does not allow a request.
 */
@ConsolePage
class SignInController {

    private final SignInMethods signIn;

    SignInController(SignInMethods signIn) {
        this.signIn = signIn;
    }

    @GetMapping(ConsolePaths.SIGN_IN)
    String signIn(Model model) {
        model.addAttribute("passwordSignIn", signIn.passwords());
        signIn.oidcSignIn().ifPresent(path -> model.addAttribute("oidcSignIn", path));
        return "console/sign-in";
    }

    /**
     * Any method: the security chain forwards a refused request here as it came, so a viewer's POST to a support
     * action lands on this page (403) rather than on "method not allowed".
     */
    @RequestMapping(ConsolePaths.FORBIDDEN)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "console/forbidden";
    }
}
