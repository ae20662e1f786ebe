package dev.orderrelay.local;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.DevstackSettings;
import dev.orderrelay.devstack.aws.DevstackCredentials;
import dev.orderrelay.devstack.aws.DevstackResources;
import dev.orderrelay.devstack.fault.FaultProxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the devstack once the environment is known and before any bean exists, because the roles resolve their
 * queues while they start. Its endpoints go in first, so the local run never talks to real AWS, whatever the
 * environment says. It becomes a bean with a destroy method, so it stops after the roles that use it. With
 * {@code relay.local.devstack.fault-proxies}, a {@link DevstackProxies} fault proxy takes each configured AWS port.
 */
public final class DevstackLauncher implements ApplicationListener<ApplicationEvent> {

    static final String PROPERTY_SOURCE = "devstack";
    static final String BEAN_NAME = "devstack";
    static final String PROXIES_BEAN_NAME = "devstackProxies";

    private Devstack devstack;
    private DevstackProxies proxies = DevstackProxies.none();
    private boolean handedToContext;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent prepared && devstack != null) {
            Devstack started = devstack;
            ((BeanDefinitionRegistry) prepared.getApplicationContext())
                    .registerBeanDefinition(
                            BEAN_NAME,
                            BeanDefinitionBuilder.genericBeanDefinition(Devstack.class, () -> started)
                                    .setDestroyMethodName("close")
                                    .getBeanDefinition());
            DevstackProxies startedProxies = proxies;
            ((BeanDefinitionRegistry) prepared.getApplicationContext())
                    .registerBeanDefinition(
                            PROXIES_BEAN_NAME,
                            BeanDefinitionBuilder.genericBeanDefinition(DevstackProxies.class, () -> startedProxies)
                                    .setDestroyMethodName("close")
                                    .getBeanDefinition());
            handedToContext = true;
        } else if (event instanceof ApplicationFailedEvent && devstack != null && !handedToContext) {
            proxies.close();
            devstack.close();
        }
    }

    /**
     * The fake peers' ports, a free one picked now wherever 0 was asked for: the senders' endpoints are built from
     * these properties before the peers start, so both must see the same port.
     */
    private static Map<String, Object> peerPorts(ConfigurableEnvironment environment) {
        LocalRunProperties.Destinations ports = Binder.get(environment)
                .bind("relay.local.destinations", LocalRunProperties.Destinations.class)
                .orElseGet(LocalRunProperties.Destinations::defaults);
        Map<String, Object> pinned = new LinkedHashMap<>();
        ports.byProperty()
                .forEach((name, port) ->
                        pinned.put("relay.local.destinations." + name, port == 0 ? FreePort.pick() : port));
        // The reconciler's Admin API endpoint is built from this port before the store starts.
        int adminApiPort = Binder.get(environment)
                .bind("relay.local.store.admin-api-port", Integer.class)
                .orElse(0);
        pinned.put("relay.local.store.admin-api-port", adminApiPort == 0 ? FreePort.pick() : adminApiPort);
        return pinned;
    }

    private void start(ConfigurableEnvironment environment) {
        LocalRunProperties.Devstack ports = Binder.get(environment)
                .bind("relay.local.devstack", LocalRunProperties.Devstack.class)
                .orElseGet(LocalRunProperties.Devstack::defaults);
        if (!ports.faultProxies()) {
            devstack = Devstack.start(new DevstackSettings(
                    ports.sqsPort(),
                    ports.dynamodbPort(),
                    ports.s3Port(),
                    DevstackCredentials.DEFAULT,
                    DevstackResources.DEFAULT));
        } else {
            // The servers on free ports, a proxy on each configured one: whoever uses those ports goes through it.
            devstack = Devstack.start(DevstackSettings.EPHEMERAL);
            Map<String, FaultProxy> started = new LinkedHashMap<>();
            try {
                started.put("sqs", FaultProxy.on(ports.sqsPort(), devstack.sqsEndpoint()));
                started.put("dynamodb", FaultProxy.on(ports.dynamodbPort(), devstack.dynamoDbEndpoint()));
                started.put("s3", FaultProxy.on(ports.s3Port(), devstack.s3Endpoint()));
            } catch (RuntimeException e) {
                started.values().forEach(FaultProxy::close);
                devstack.close();
                throw e;
            }
            proxies = new DevstackProxies(started);
        }
        // This process talks to its servers directly, so a fault set on a proxy only touches the other processes.
        Map<String, Object> endpoints = new LinkedHashMap<>(devstack.springCloudAwsProperties());
        endpoints.putAll(peerPorts(environment));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, endpoints));
    }
}
