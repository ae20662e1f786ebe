package dev.orderrelay.destinations.webhook;

import java.net.UnknownHostException;
import java.util.List;

/**
 * The target's host resolved only to addresses the {@link TargetAddressPolicy} refuses, so no connection was made. An
 * {@link UnknownHostException} because that is what a {@code DnsResolver} may throw; the destination tells it apart
 * and rejects the event instead of retrying it.
 */
final class TargetRefusedException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    TargetRefusedException(String host, List<String> refusals) {
        super("target address not allowed: " + host + " resolves only to refused addresses ("
                + String.join("; ", refusals) + ")");
    }
}
