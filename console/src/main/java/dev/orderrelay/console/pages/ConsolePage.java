package dev.orderrelay.console.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * Marks a controller that renders console pages: it gets the layout's model (the signed-in user) and page-style
 * errors (an HTML page with the problem, not {@code application/problem+json}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsolePage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
