package dev.orderrelay.destinations.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a webhook may connect to an address, so a merchant-supplied URL cannot turn the worker against our
 * own network (server-side request forgery). Refused: loopback, private, link-local (cloud metadata), unique-local,
 * carrier-grade NAT, unspecified, multicast and other non-public blocks ({@link ReservedRange}), also when wrapped in
 * an IPv6 form that reaches them ({@link Ipv4Embedding}). An allow-list of host names and CIDR blocks opens exceptions,
 * for local mode and tests that run their receivers on 127.0.0.1.
 */
final class TargetAddressPolicy {

    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");

    private final Set<String> allowedHosts;
    private final List<AddressRange> allowedRanges;

    private TargetAddressPolicy(Set<String> allowedHosts, List<AddressRange> allowedRanges) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.allowedRanges = List.copyOf(allowedRanges);
    }

    /**
     * A policy that refuses every reserved address except those the allow-list names.
     *
     * @param allowList host names (matched exactly, case-insensitively: all their addresses are allowed) and IP
     *     addresses or CIDR blocks ({@code 127.0.0.1}, {@code 10.20.0.0/16}, {@code ::1})
     * @throws IllegalArgumentException naming an entry that is neither
     */
    static TargetAddressPolicy allowing(Collection<String> allowList) {
        Set<String> hosts = new HashSet<>();
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : allowList) {
            String candidate = entry == null ? "" : bare(entry);
            if (AddressRange.looksLikeAddress(candidate)) {
                ranges.add(AddressRange.parse(candidate));
            } else if (HOST_NAME.matcher(candidate).matches()) {
                hosts.add(candidate);
            } else {
                throw new IllegalArgumentException(
                        "'" + entry + "' is neither a host name nor an IP address or CIDR block");
            }
        }
        return new TargetAddressPolicy(hosts, ranges);
    }

    /** A policy without exceptions: what production runs. */
    static TargetAddressPolicy strict() {
        return new TargetAddressPolicy(Set.of(), List.of());
    }

    /**
     * Why {@code host}'s resolved {@code address} may not be reached, or empty when it may.
     *
     * @return e.g. {@code "10.0.0.5 is private (RFC 1918)"}
     */
    Optional<String> refusal(String host, InetAddress address) {
        if (allowedHosts.contains(bare(host)) || allowedRanges.stream().anyMatch(range -> range.contains(address))) {
            return Optional.empty();
        }
        String shown = address.getHostAddress();
        Optional<Inet4Address> embedded = Ipv4Embedding.unwrap(address);
        if (embedded.isPresent()) {
            String ipv4 = embedded.get().getHostAddress();
            return ReservedRange.containing(embedded.get())
                    .map(range -> shown + " reaches " + ipv4 + ", which is " + range.description());
        }
        return ReservedRange.containing(address).map(range -> shown + " is " + range.description());
    }

    /** A host as the allow-list compares it: lower case, without IPv6 brackets or a trailing root dot. */
    static String bare(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
