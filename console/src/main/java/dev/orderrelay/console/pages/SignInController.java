package dev.orderrelay.console.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in form for configured users, and the page shown when a role does not allow a request. */
@ConsolePage
class SignInController {

    @GetMapping(ConsolePaths.SIGN_IN)
    String signIn() {
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
