package dev.orderrelay.console.pages;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the layout needs to every page's model: the signed-in user (for the header and for which actions a
 * page offers). Applies to controllers marked {@link ConsolePage}, so the JSON API's stay untouched.
 */
@ControllerAdvice(annotations = ConsolePage.class)
class PageModel {

    @ModelAttribute("user")
    @Nullable
    SignedInUser user() {
        return current();
    }

    /** The user signed in to the current request, or {@code null} on the sign-in page. */
    static @Nullable SignedInUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return SignedInUser.of(authentication);
    }
}
