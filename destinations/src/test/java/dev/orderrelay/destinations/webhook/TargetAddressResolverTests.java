package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.InMemoryDnsResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetAddressResolverTests {

    private final InMemoryDnsResolver dns = new InMemoryDnsResolver();

    @BeforeEach
    void zone() throws Exception {
        dns.add("public.example", InetAddress.getByName("8.8.8.8"));
        dns.add("internal.example", InetAddress.getByName("10.0.0.5"), InetAddress.getByName("fd00::5"));
        dns.add("mixed.example", InetAddress.getByName("192.168.0.7"), InetAddress.getByName("1.1.1.1"));
    }

    @Test
    void passesOnTheAddressesOfAPublicName() throws Exception {
        TargetAddressResolver resolver = new TargetAddressResolver(TargetAddressPolicy.strict(), dns);

        assertThat(resolver.resolve("public.example")).containsExactly(InetAddress.getByName("8.8.8.8"));
    }

    @Test
    void refusesANameWhoseEveryAddressIsInternalNamingEachOne() {
        TargetAddressResolver resolver = new TargetAddressResolver(TargetAddressPolicy.strict(), dns);

        assertThatThrownBy(() -> resolver.resolve("internal.example"))
                .isInstanceOf(TargetRefusedException.class)
                .hasMessageStartingWith("target address not allowed: internal.example")
                .hasMessageContaining("10.0.0.5 is private")
                .hasMessageContaining("unique-local");
    }

    @Test
    void dropsTheInternalAddressesOfAMixedName() throws Exception {
        TargetAddressResolver resolver = new TargetAddressResolver(TargetAddressPolicy.strict(), dns);

        assertThat(resolver.resolve("mixed.example")).containsExactly(InetAddress.getByName("1.1.1.1"));
    }

    @Test
    void letsAnAllowListedNameResolveToInternalAddresses() throws Exception {
        TargetAddressResolver resolver =
                new TargetAddressResolver(TargetAddressPolicy.allowing(List.of("internal.example")), dns);

        assertThat(resolver.resolve("internal.example")).hasSize(2);
    }

    @Test
    void checksIpLiteralsToo() {
        TargetAddressResolver resolver =
                new TargetAddressResolver(TargetAddressPolicy.strict(), SystemDefaultDnsResolver.INSTANCE);

        assertThatThrownBy(() -> resolver.resolve("169.254.169.254"))
                .isInstanceOf(TargetRefusedException.class)
                .hasMessageContaining("link-local");
        assertThatThrownBy(() -> resolver.resolve("[::1]"))
                .isInstanceOf(TargetRefusedException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void reportsANameThatDoesNotResolveAsUnknownRatherThanRefused() {
        TargetAddressResolver resolver = new TargetAddressResolver(TargetAddressPolicy.strict(), dns);

        assertThatThrownBy(() -> resolver.resolve("nowhere.example"))
                .isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(TargetRefusedException.class);
    }
}
