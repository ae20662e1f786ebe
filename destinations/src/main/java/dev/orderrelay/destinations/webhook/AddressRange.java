package dev.orderrelay.destinations.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of IPv4 or IPv6 addresses in CIDR form ({@code 10.0.0.0/8}, {@code fe80::/10}; a bare address is a block
 * of one). Parsing never touches DNS: only literals are accepted.
 */
final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final byte[] IPV4_MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private AddressRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * The range {@code cidr} names.
     *
     * @throws IllegalArgumentException when it is not an IP literal with an optional prefix length
     */
    static AddressRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] bytes = literalBytes(address)
                .orElseThrow(() -> new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR"));
        int bits = bytes.length * 8;
        int prefix = slash < 0 ? bits : prefixLength(cidr, cidr.substring(slash + 1), bits);
        byte[] masked = mask(bytes, prefix);
        if (!Arrays.equals(masked, bytes)) {
            throw new IllegalArgumentException("'" + cidr + "' has host bits set past its /" + prefix);
        }
        return new AddressRange(masked, prefix, cidr);
    }

    /** Whether {@code text} looks like an IP literal or CIDR rather than a host name. */
    static boolean looksLikeAddress(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        return IPV4.matcher(address).matches() || IPV6.matcher(address).matches();
    }

    /**
     * Whether {@code address} lies in this range. An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) is the same
     * host as its IPv4 address, so an IPv4 range contains it too.
     */
    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (network.length == 4 && isIpv4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixLength), network);
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        return bytes.length == 16 && Arrays.equals(bytes, 0, 12, IPV4_MAPPED_PREFIX, 0, 12);
    }

    private static Optional<byte[]> literalBytes(String address) {
        Matcher ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            // A string with a colon is parsed as an IPv6 literal and never looked up.
            InetAddress parsed = InetAddress.getByName(address);
            return Optional.of(parsed instanceof Inet4Address ? ipv4Mapped(parsed.getAddress()) : parsed.getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Java turns {@code ::ffff:a.b.c.d} into an IPv4 address; a range written in IPv6 keeps the IPv6 form. */
    private static byte[] ipv4Mapped(byte[] ipv4) {
        byte[] bytes = Arrays.copyOf(IPV4_MAPPED_PREFIX, 16);
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return bytes;
    }

    private static int prefixLength(String cidr, String digits, int bits) {
        try {
            int prefix = Integer.parseInt(digits);
            if (prefix >= 0 && prefix <= bits) {
                return prefix;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new IllegalArgumentException("'" + cidr + "' needs a prefix length from 0 to " + bits);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] masked = bytes.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] &= (byte) (0xff << (8 - keep));
        }
        return masked;
    }
}
