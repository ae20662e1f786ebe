package dev.orderrelay.console.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in form for configured users, and the page shown when a role does not allow a request. */
@ConsolePage
class SignInController {

    @GetMapping(ConsolePaths.SIGN_IN)
    String signIn() {
        return "console/sign-in";
    }

    @GetMapping(ConsolePaths.FORBIDDEN)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "console/forbidden";
    }
}
