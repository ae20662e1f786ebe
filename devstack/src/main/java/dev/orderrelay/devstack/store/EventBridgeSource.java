package dev.orderrelay.devstack.store;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Shopify partner event source on Amazon EventBridge, as its ARN names it:
 * {@code arn:aws:events:<region>::event-source/aws.partner/shopify.com/<app-id>/<source-name>}. Shopify's
 * {@code webhookSubscriptionCreate} takes that ARN as a subscription's {@code uri}; the partner event bus associated
 * with the source carries the same name, and every event on it has that name as its {@code source}.
 *
 * @param region the AWS region the source was created in
 * @param appId the Shopify app's id; a subscription may only name a source of the app that creates it
 * @param sourceName the name given to the source in the app's settings
 */
public record EventBridgeSource(String region, String appId, String sourceName) {

    private static final String PARTNER = "aws.partner/shopify.com/";
    private static final Pattern ARN = Pattern.compile(
            "arn:aws:events:([a-z0-9-]+)::event-source/aws\\.partner/shopify\\.com/([A-Za-z0-9]+)/([A-Za-z0-9._-]+)");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
    private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public EventBridgeSource {
        require(region, REGION, "region");
        require(appId, APP_ID, "appId");
        require(sourceName, SOURCE_NAME, "sourceName");
    }

    /** The source read from its ARN; empty when {@code arn} is not a Shopify partner event source ARN. */
    public static Optional<EventBridgeSource> parse(String arn) {
        Matcher matcher = ARN.matcher(arn == null ? "" : arn.strip());
        return matcher.matches()
                ? Optional.of(new EventBridgeSource(matcher.group(1), matcher.group(2), matcher.group(3)))
                : Optional.empty();
    }

    /** Whether a subscription address is an AWS ARN rather than an http(s) URL. */
    static boolean isArn(URI address) {
        return "arn".equals(address.getScheme());
    }

    /** {@code aws.partner/shopify.com/<app-id>/<source-name>}: the event source's, and the partner bus's, name. */
    public String name() {
        return PARTNER + appId + "/" + sourceName;
    }

    /** The ARN to subscribe with. */
    public String arn() {
        return "arn:aws:events:" + region + "::event-source/" + name();
    }

    private static void require(String value, Pattern pattern, String field) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "EventBridge source " + field + " must match " + pattern.pattern() + ", was " + value);
        }
    }
}
