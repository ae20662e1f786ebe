package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTests {

    @Test
    void containsExactlyTheAddressesUnderItsPrefix() throws Exception {
        AddressRange range = AddressRange.parse("172.16.0.0/12");

        assertThat(range.contains(InetAddress.getByName("172.16.0.0"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("172.31.255.255"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("172.15.255.255"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("172.32.0.0"))).isFalse();
    }

    @Test
    void neverMatchesAnAddressOfTheOtherFamily() throws Exception {
        assertThat(AddressRange.parse("0.0.0.0/0").contains(InetAddress.getByName("::1")))
                .isFalse();
        assertThat(AddressRange.parse("::/0").contains(InetAddress.getByName("127.0.0.1")))
                .isFalse();
    }

    @Test
    void treatsABareAddressAsABlockOfOne() throws Exception {
        AddressRange range = AddressRange.parse("fe80::1");

        assertThat(range.contains(InetAddress.getByName("fe80::1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("fe80::2"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.0/8", "::1", "fe80::/10", "::ffff:0:0/96"})
    void recognisesAddressesAndBlocksWithoutLookingThemUp(String text) {
        assertThat(AddressRange.looksLikeAddress(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "hooks.example.com", "10.example", "a:b.example/"})
    void takesAnythingElseForAHostName(String text) {
        assertThat(AddressRange.looksLikeAddress(text)).isFalse();
    }
}
