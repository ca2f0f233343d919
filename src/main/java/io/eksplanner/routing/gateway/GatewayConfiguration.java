package io.eksplanner.routing.gateway;

import io.eksplanner.topology.model.GatewayApi;
import io.eksplanner.topology.model.GatewayApi.GatewayClass;
import io.eksplanner.topology.model.GatewayApi.ObjectRef;
import io.eksplanner.topology.model.LoadBalancerConfiguration;
import io.eksplanner.topology.model.LoadBalancerConfiguration.ListenerConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LoadBalancerConfiguration a Gateway is built with: its GatewayClass's and its own merged as the controller merges
 * them (aws-load-balancer-controller v3.5.0, {@code controllers/gateway/config_resolver.go}, {@code
 * getLoadBalancerConfigForGateway}; {@code pkg/gateway/lb_config_merger.go}, {@code Merge}), the class's fields winning
 * unless its {@code mergingMode} is {@code prefer-gateway}; tags and attributes key by key, listener configurations by
 * {@code protocolPort}; the load balancer's name the high priority's, else the other's. Null fields are not set.
 */
record GatewayConfiguration(
        String scheme,
        String ipAddressType,
        List<String> subnets,
        Map<String, List<String>> subnetsSelector,
        Map<String, ListenerConfiguration> listeners,
        Map<String, String> attributes,
        String loadBalancerName,
        Map<String, String> tags,
        String defaultTargetGroupConfigurationName,
        String defaultTargetGroupConfigurationNamespace) {

    static final GatewayConfiguration NONE =
            new GatewayConfiguration(null, null, List.of(), Map.of(), Map.of(), Map.of(), null, Map.of(), null, null);

    /** A reference that names no LoadBalancerConfiguration the topology has. */
    static final class Missing extends Exception {

        private static final long serialVersionUID = 1L;
        private final String path;

        Missing(String path, String message) {
            super(message);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /**
     * The merged configuration of {@code gateway} (at {@code gatewayPath}) of {@code gatewayClass} (at {@code
     * classPath}).
     *
     * @throws Missing when a parametersRef names a configuration the topology does not have, or the class's names no
     *     namespace ({@code pkg/gateway/gatewayutils/lb_config_utils.go}, {@code ResolveLoadBalancerConfig})
     */
    static GatewayConfiguration of(
            GatewayApi api, GatewayClass gatewayClass, String classPath, GatewayApi.Gateway gateway, String gatewayPath)
            throws Missing {
        var ofClass = find(api, gatewayClass.parametersRef(), null, classPath + ".parametersRef");
        var ofGateway = find(api, gateway.parametersRef(), gateway.namespace(), gatewayPath + ".parametersRef");
        if (ofClass.isEmpty() && ofGateway.isEmpty()) {
            return NONE;
        }
        if (ofClass.isEmpty() || ofGateway.isEmpty()) {
            return single(ofClass.orElseGet(ofGateway::get));
        }
        boolean preferGateway = "prefer-gateway".equals(ofClass.get().mergingMode());
        var high = preferGateway ? ofGateway.get() : ofClass.get();
        var low = preferGateway ? ofClass.get() : ofGateway.get();
        var merged = single(high);
        var listeners = new LinkedHashMap<>(single(low).listeners());
        listeners.putAll(merged.listeners());
        var attributes = new LinkedHashMap<>(low.loadBalancerAttributes());
        attributes.putAll(high.loadBalancerAttributes());
        // Tags key by key, the high priority's first (pkg/gateway/tag_merger.go, mergeTags).
        var tags = new LinkedHashMap<>(high.tags());
        low.tags().forEach(tags::putIfAbsent);
        // The default target-group configurations merge separately; the class's is kept with its namespace.
        var defaults = ofClass.get().defaultTargetGroupConfiguration() != null ? ofClass.get() : ofGateway.get();
        return new GatewayConfiguration(
                first(high.scheme(), low.scheme()),
                first(high.ipAddressType(), low.ipAddressType()),
                high.subnets().isEmpty() ? low.subnets() : high.subnets(),
                high.subnetsSelector().isEmpty() ? low.subnetsSelector() : high.subnetsSelector(),
                listeners,
                attributes,
                first(high.loadBalancerName(), low.loadBalancerName()),
                tags,
                defaults.defaultTargetGroupConfiguration(),
                defaults.namespace());
    }

    private static GatewayConfiguration single(LoadBalancerConfiguration config) {
        var listeners = new LinkedHashMap<String, ListenerConfiguration>();
        config.listenerConfigurations().forEach(listener -> listeners.putIfAbsent(listener.protocolPort(), listener));
        return new GatewayConfiguration(
                config.scheme(),
                config.ipAddressType(),
                config.subnets(),
                config.subnetsSelector(),
                listeners,
                config.loadBalancerAttributes(),
                config.loadBalancerName(),
                config.tags(),
                config.defaultTargetGroupConfiguration(),
                config.namespace());
    }

    private static Optional<LoadBalancerConfiguration> find(
            GatewayApi api, ObjectRef reference, String localNamespace, String path) throws Missing {
        if (reference == null) {
            return Optional.empty();
        }
        String namespace = localNamespace != null ? localNamespace : reference.namespace();
        if (namespace == null) {
            throw new Missing(path, "Namespace must be specified in ParametersRef");
        }
        var found = api.loadBalancerConfigurations().stream()
                .filter(config ->
                        config.namespace().equals(namespace) && config.name().equals(reference.name()))
                .findFirst();
        if (found.isEmpty()) {
            throw new Missing(
                    path,
                    "LoadBalancerConfiguration.gateway.k8s.aws \"" + reference.name() + "\" not found (namespace "
                            + namespace + ")");
        }
        return found;
    }

    private static String first(String high, String low) {
        return high != null ? high : low;
    }

    /**
     * The listener configuration of {@code protocol:port}, matched without regard to case as the controller matches it
     * ({@code pkg/gateway/model/model_build_listener.go}, {@code mapLoadBalancerListenerConfigsByPort}), or null.
     */
    ListenerConfiguration listener(String protocol, int port) {
        String key = protocol + ":" + port;
        return listeners.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
