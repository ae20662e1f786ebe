package dev.orderrelay.destinations.webhook;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Address blocks a webhook must never reach: our own host, private networks, link-local space (where cloud metadata
 * services answer), and blocks that are not routable on the public internet at all. Drawn from the IANA
 * special-purpose address registries; the first match wins, so narrower blocks come before the ones that hold them.
 */
enum ReservedRange {
    THIS_NETWORK("0.0.0.0/8", "the unspecified 'this network' block"),
    PRIVATE_10("10.0.0.0/8", "private (RFC 1918)"),
    CARRIER_GRADE_NAT("100.64.0.0/10", "shared carrier-grade NAT space"),
    LOOPBACK_V4("127.0.0.0/8", "loopback"),
    LINK_LOCAL_V4("169.254.0.0/16", "link-local, where cloud metadata services answer"),
    PRIVATE_172("172.16.0.0/12", "private (RFC 1918)"),
    IETF_PROTOCOL("192.0.0.0/24", "reserved for IETF protocol assignments"),
    DOCUMENTATION_V4_1("192.0.2.0/24", "reserved for documentation"),
    PRIVATE_192("192.168.0.0/16", "private (RFC 1918)"),
    BENCHMARKING("198.18.0.0/15", "reserved for benchmarking"),
    DOCUMENTATION_V4_2("198.51.100.0/24", "reserved for documentation"),
    DOCUMENTATION_V4_3("203.0.113.0/24", "reserved for documentation"),
    MULTICAST_V4("224.0.0.0/4", "multicast"),
    RESERVED_V4("240.0.0.0/4", "reserved, including broadcast"),
    UNSPECIFIED_V6("::/128", "the unspecified address"),
    LOOPBACK_V6("::1/128", "loopback"),
    IPV4_COMPATIBLE("::/96", "IPv4-compatible, a deprecated form"),
    NAT64_LOCAL_USE("64:ff9b:1::/48", "local-use NAT64"),
    DISCARD_ONLY("100::/64", "discard-only"),
    TEREDO("2001::/32", "a Teredo tunnel"),
    DOCUMENTATION_V6("2001:db8::/32", "reserved for documentation"),
    UNIQUE_LOCAL("fc00::/7", "unique-local (private)"),
    LINK_LOCAL_V6("fe80::/10", "link-local"),
    SITE_LOCAL_V6("fec0::/10", "site-local, a deprecated private form"),
    MULTICAST_V6("ff00::/8", "multicast");

    private final AddressRange range;
    private final String description;

    ReservedRange(String cidr, String description) {
        this.range = AddressRange.parse(cidr);
        this.description = description;
    }

    /** The first reserved block holding {@code address} itself (embedded IPv4 addresses are not unwrapped here). */
    static Optional<ReservedRange> containing(InetAddress address) {
        for (ReservedRange reserved : values()) {
            if (reserved.range.contains(address)) {
                return Optional.of(reserved);
            }
        }
        return Optional.empty();
    }

    /** What the block is, to complete "x is ...". */
    String description() {
        return description;
    }
}
