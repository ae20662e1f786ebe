package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetAddressPolicyTests {

    private final TargetAddressPolicy strict = TargetAddressPolicy.strict();

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.0.1, private",
        "169.254.169.254, link-local",
        "169.254.0.1, link-local",
        "100.64.0.1, carrier-grade NAT",
        "100.127.255.255, carrier-grade NAT",
        "0.0.0.0, this network",
        "0.1.2.3, this network",
        "224.0.0.251, multicast",
        "239.255.255.250, multicast",
        "255.255.255.255, broadcast",
        "198.18.0.1, benchmarking",
        "192.0.2.10, documentation"
    })
    void refusesReservedIpv4Addresses(String address, String why) throws Exception {
        assertThat(strict.refusal("target.example", InetAddress.getByName(address)))
                .hasValueSatisfying(
                        reason -> assertThat(reason).startsWith(address + " is").contains(why));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "11.0.0.1",
                "172.15.255.255",
                "172.32.0.0",
                "100.63.255.255",
                "100.128.0.0",
                "169.253.255.255",
                "169.255.0.1",
                "192.169.0.1",
                "223.255.255.255"
            })
    void allowsPublicIpv4Addresses(String address) throws Exception {
        assertThat(strict.refusal("target.example", InetAddress.getByName(address)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "::1, loopback",
        "::, unspecified",
        "fe80::1, link-local",
        "febf:ffff::1, link-local",
        "fc00::1, unique-local",
        "fd00:ec2::254, unique-local",
        "ff02::1, multicast",
        "fec0::1, site-local",
        "2001:db8::1, documentation",
        "100::1, discard-only",
        "::7f00:1, IPv4-compatible",
        "64:ff9b:1::a00:5, NAT64"
    })
    void refusesReservedIpv6Addresses(String address, String why) throws Exception {
        assertThat(strict.refusal("target.example", InetAddress.getByName(address)))
                .hasValueSatisfying(reason -> assertThat(reason).contains(why));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:4860:4860::8888", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e", "fe7f::1"})
    void allowsPublicIpv6Addresses(String address) throws Exception {
        assertThat(strict.refusal("target.example", InetAddress.getByName(address)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "10.0.0.5, private",
        "169.254.169.254, link-local",
        "192.168.1.1, private",
        "100.64.0.1, carrier-grade NAT"
    })
    void refusesIpv4MappedIpv6FormsOfReservedAddresses(String ipv4, String why) throws Exception {
        // Java turns a mapped literal into an IPv4 address; build the IPv6 form the socket layer can still be handed.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(address).isInstanceOf(Inet6Address.class);
        assertThat(strict.refusal("target.example", address))
                .hasValueSatisfying(reason -> assertThat(reason).contains(ipv4).contains(why));
    }

    @ParameterizedTest
    @CsvSource({
        "64:ff9b::a00:5, 10.0.0.5",
        "64:ff9b::7f00:1, 127.0.0.1",
        "2002:a9fe:a9fe::1, 169.254.169.254",
        "2002:c0a8:101::, 192.168.1.1"
    })
    void refusesNat64And6to4FormsOfReservedAddresses(String address, String ipv4) throws Exception {
        assertThat(strict.refusal("target.example", InetAddress.getByName(address)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("reaches " + ipv4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b::808:808", "2002:808:808::1"})
    void allowsNat64And6to4FormsOfPublicAddresses(String address) throws Exception {
        assertThat(strict.refusal("target.example", InetAddress.getByName(address)))
                .isEmpty();
    }

    @Test
    void allowsAddressesInsideAllowListedBlocksOnly() throws Exception {
        TargetAddressPolicy policy = TargetAddressPolicy.allowing(List.of("127.0.0.1", "10.20.0.0/16", "fd00:1::/32"));

        assertThat(policy.refusal("a.example", InetAddress.getByName("127.0.0.1")))
                .isEmpty();
        assertThat(policy.refusal("a.example", InetAddress.getByName("10.20.3.4")))
                .isEmpty();
        assertThat(policy.refusal("a.example", InetAddress.getByName("fd00:1:2::3")))
                .isEmpty();
        assertThat(policy.refusal("a.example", InetAddress.getByName("127.0.0.2")))
                .isPresent();
        assertThat(policy.refusal("a.example", InetAddress.getByName("10.21.0.1")))
                .isPresent();
        assertThat(policy.refusal("a.example", InetAddress.getByName("fd00:2::1")))
                .isPresent();
    }

    @Test
    void allowsTheMappedFormOfAnAllowListedIpv4Address() throws Exception {
        TargetAddressPolicy policy = TargetAddressPolicy.allowing(List.of("127.0.0.1"));
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};

        assertThat(policy.refusal("a.example", Inet6Address.getByAddress(null, mapped, -1)))
                .isEmpty();
    }

    @Test
    void allowsEveryAddressOfAnAllowListedHostNameWhateverItsSpelling() throws Exception {
        TargetAddressPolicy policy = TargetAddressPolicy.allowing(List.of("Receiver.Local"));
        InetAddress internal = InetAddress.getByName("10.0.0.5");

        assertThat(policy.refusal("receiver.local", internal)).isEmpty();
        assertThat(policy.refusal("RECEIVER.local.", internal)).isEmpty();
        assertThat(policy.refusal("other.local", internal)).isPresent();
        assertThat(policy.refusal("sub.receiver.local", internal)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.1/8", "::1/129", "not a host!", "", "300.1.2.3", "10.0.0.0/x"})
    void refusesAllowListEntriesThatAreNeitherAHostNorABlock(String entry) {
        assertThatThrownBy(() -> TargetAddressPolicy.allowing(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + entry + "'");
    }
}
