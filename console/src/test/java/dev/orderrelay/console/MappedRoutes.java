package dev.orderrelay.console;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The routes the running application maps, as {@code METHOD /pattern} (e.g. {@code GET /api/shops/{shop}}). */
final class MappedRoutes {

    private MappedRoutes() {}

    /** Every mapped route whose pattern starts with {@code prefix}; a mapping without methods counts as GET. */
    static Set<String> under(RequestMappingHandlerMapping mapping, String prefix) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        }
        return routes;
    }

    static String method(String route) {
        return route.substring(0, route.indexOf(' '));
    }

    static String pattern(String route) {
        return route.substring(route.indexOf(' ') + 1);
    }
}
