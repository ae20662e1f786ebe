package dev.orderrelay.destinations.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * IPv6 forms that carry an IPv4 address and reach it: mapped (the socket layer connects to the IPv4 host), NAT64 and
 * 6to4 (a gateway forwards to it). A blocked IPv4 address must stay blocked in any of these clothes.
 */
enum Ipv4Embedding {
    MAPPED("::ffff:0:0/96", 12),
    NAT64("64:ff9b::/96", 12),
    SIX_TO_FOUR("2002::/16", 2);

    private final AddressRange range;
    private final int offset;

    Ipv4Embedding(String cidr, int offset) {
        this.range = AddressRange.parse(cidr);
        this.offset = offset;
    }

    /** The IPv4 address {@code address} carries, when it is an IPv6 address of one of these forms. */
    static Optional<Inet4Address> unwrap(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        for (Ipv4Embedding embedding : values()) {
            if (embedding.range.contains(address)) {
                return Optional.of(embedding.ipv4In(address.getAddress()));
            }
        }
        return Optional.empty();
    }

    private Inet4Address ipv4In(byte[] ipv6) {
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(ipv6, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
