package dev.orderrelay.console.pages;

/** Where the console's pages live; every page path starts with {@link #ROOT}. */
public final class ConsolePaths {

    /** The overview, and the prefix of every page. */
    public static final String ROOT = "/console";

    /** The sign-in form (configured users) and where sign-in failures land. */
    public static final String SIGN_IN = ROOT + "/sign-in";

    /** Ends the session (POST, with the CSRF token). */
    public static final String SIGN_OUT = ROOT + "/sign-out";

    /** Where a signed-in user lands when their role does not allow what they asked for (403). */
    public static final String FORBIDDEN = ROOT + "/forbidden";

    /** The console's own CSS and scripts. */
    public static final String ASSETS = ROOT + "/assets";

    /** htmx and Chart.js, from their WebJars. */
    public static final String WEBJARS = ROOT + "/webjars";

    /** The API explorer's entry (the layout's "API" link); redirects to {@link #API_EXPLORER}. */
    public static final String API = ROOT + "/api";

    /** The API explorer (Swagger UI, served by springdoc) and its static files. */
    public static final String API_EXPLORER = API + "/swagger-ui";

    /** The OpenAPI description of {@code /api} as the explorer reads it, with the page session. */
    public static final String API_DESCRIPTION = API + "/openapi.json";

    private ConsolePaths() {}
}
