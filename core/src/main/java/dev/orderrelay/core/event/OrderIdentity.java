package dev.orderrelay.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The identifiers analytics tools join an order on, as found on the order (its customer and the attribution the
 * storefront left in it). Every one may be null: guests have no customer id, and shops that do not pass client ids
 * through the cart have none of the others. Identifiers only: never an e-mail, name, phone or address.
 *
 * @param customerId the platform's customer id, or null for a guest
 * @param gaClientId GA4's client id from the site's {@code _ga} cookie (e.g. {@code 1234567890.1700000000})
 * @param gaSessionId GA4's session id, when the storefront passed it
 * @param segmentAnonymousId Segment's anonymous id from the storefront
 * @param amplitudeDeviceId Amplitude's device id from the storefront
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderIdentity(
        String customerId, String gaClientId, String gaSessionId, String segmentAnonymousId, String amplitudeDeviceId) {

    /** An order that carries no identifier at all. */
    public static OrderIdentity none() {
        return new OrderIdentity(null, null, null, null, null);
    }
}
