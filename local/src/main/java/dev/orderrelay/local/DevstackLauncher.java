package dev.orderrelay.local;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.DevstackSettings;
import dev.orderrelay.devstack.aws.DevstackCredentials;
import dev.orderrelay.devstack.aws.DevstackResources;
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
 * environment says. It becomes a bean with a destroy method, so it stops after the roles that use it.
 */
final class DevstackLauncher implements ApplicationListener<ApplicationEvent> {

    static final String PROPERTY_SOURCE = "devstack";
    static final String BEAN_NAME = "devstack";

    private Devstack devstack;
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
            handedToContext = true;
        } else if (event instanceof ApplicationFailedEvent && devstack != null && !handedToContext) {
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
        devstack = Devstack.start(new DevstackSettings(
                ports.sqsPort(),
                ports.dynamodbPort(),
                ports.s3Port(),
                DevstackCredentials.DEFAULT,
                DevstackResources.DEFAULT));
        Map<String, Object> endpoints = new LinkedHashMap<>(devstack.springCloudAwsProperties());
        endpoints.putAll(peerPorts(environment));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, endpoints));
    }
}
