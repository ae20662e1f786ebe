package dev.orderrelay.destinations.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only way from a host name (or IP literal) to addresses: it resolves once, drops every address the
 * {@link TargetAddressPolicy} refuses and hands the connection only what is left. Checking the very addresses the
 * socket will use, rather than resolving once to check and again to connect, leaves no window for a DNS answer that
 * changes in between (DNS rebinding).
 */
final class TargetAddressResolver implements DnsResolver {

    private final TargetAddressPolicy policy;
    private final DnsResolver delegate;

    TargetAddressResolver(TargetAddressPolicy policy, DnsResolver delegate) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * The allowed addresses of {@code host}, never empty.
     *
     * @throws TargetRefusedException when every address it resolves to is refused
     * @throws UnknownHostException when it does not resolve at all
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = TargetAddressPolicy.bare(host);
        InetAddress[] resolved = delegate.resolve(name);
        if (resolved == null || resolved.length == 0) {
            throw new UnknownHostException(name + " has no addresses");
        }
        List<InetAddress> allowed = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (InetAddress address : resolved) {
            policy.refusal(name, address).ifPresentOrElse(refusals::add, () -> allowed.add(address));
        }
        if (allowed.isEmpty()) {
            throw new TargetRefusedException(name, refusals);
        }
        return allowed.toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }
}
