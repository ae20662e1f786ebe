package dev.orderrelay.console.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the pages' static files under {@code /console}, so the console owns one path prefix in any application
 * that hosts it (the one-process local run serves the receiver and the simulator beside it): its own assets from
 * {@code classpath:/console/assets/}, and WebJars (htmx, Chart.js) at versionless paths such as
 * {@code /console/webjars/htmx.org/dist/htmx.min.js}, so an upgrade changes the pom and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    /** Static files change only with a release; a day's caching keeps pages fast without stale surprises. */
    private static final int CACHE_SECONDS = 86_400;

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ConsolePaths.ASSETS + "/**")
                .addResourceLocations("classpath:/console/assets/")
                .setCachePeriod(CACHE_SECONDS);
        registry.addResourceHandler(ConsolePaths.WEBJARS + "/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCachePeriod(CACHE_SECONDS)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(ConsolePaths.ROOT + "/", ConsolePaths.ROOT);
    }
}
