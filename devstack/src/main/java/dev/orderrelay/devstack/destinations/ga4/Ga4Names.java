package dev.orderrelay.devstack.destinations.ga4;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** GA4's rules for event, parameter and user property names, and the names it keeps for itself. */
final class Ga4Names {

    static final int MAX_NAME_LENGTH = 40;
    static final int MAX_USER_PROPERTY_NAME_LENGTH = 24;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final List<String> RESERVED_PREFIXES = List.of("_", "firebase_", "ga_", "google_", "gtag.");
    private static final Set<String> RESERVED_EVENTS = Set.of(
            "ad_activeview",
            "ad_click",
            "ad_exposure",
            "ad_impression",
            "ad_query",
            "ad_reward",
            "adunit_exposure",
            "app_background",
            "app_clear_data",
            "app_exception",
            "app_remove",
            "app_store_refund",
            "app_store_subscription_cancel",
            "app_store_subscription_convert",
            "app_store_subscription_renew",
            "app_update",
            "app_upgrade",
            "dynamic_link_app_open",
            "dynamic_link_app_update",
            "dynamic_link_first_open",
            "error",
            "first_open",
            "first_visit",
            "in_app_purchase",
            "notification_dismiss",
            "notification_foreground",
            "notification_open",
            "notification_receive",
            "os_update",
            "session_start",
            "session_start_with_rollout",
            "user_engagement");

    private Ga4Names() {}

    /** Whether {@code name} starts with a letter, holds only letters, digits and underscores, and fits in {@code max}. */
    static boolean wellFormed(String name, int max) {
        return name.length() <= max && NAME.matcher(name).matches();
    }

    static boolean reservedPrefix(String name) {
        return RESERVED_PREFIXES.stream().anyMatch(name::startsWith);
    }

    static boolean reservedEvent(String name) {
        return RESERVED_EVENTS.contains(name) || reservedPrefix(name);
    }
}
