package dev.orderrelay.console.pages;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what a page's service refuses (a bad filter, an unknown shop or order, a dead letter no longer parked) into a
 * page that says so with the same status and words as the API would, instead of a stack trace or a JSON problem
 * in the browser.
 */
@ControllerAdvice(annotations = ConsolePage.class)
class PageErrors {

    @ExceptionHandler(ConsoleApiException.class)
    ModelAndView refused(ConsoleApiException refusal, Model model) {
        ModelAndView page = new ModelAndView("console/problem", model.asMap(), refusal.status());
        page.addObject("user", PageModel.current());
        page.addObject("status", refusal.status().value());
        page.addObject("code", refusal.code());
        page.addObject("detail", refusal.getMessage());
        return page;
    }
}
