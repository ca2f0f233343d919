package io.eksplanner.topology.model;

import io.eksplanner.common.NullAsEmpty;
import java.util.List;
import java.util.Map;

/**
 * The Gateway API resources of a topology and the AWS Load Balancer Controller's configuration resources for them
 * (src/docs/domain-rules.md §1, §4 "Gateway API load balancers"), each list in the order given and never null. Public:
 * {@code routing}, {@code routing.gateway}, {@code topology.spec} and {@code validation.rules} read it.
 */
public record GatewayApi(
        List<GatewayClass> gatewayClasses,
        List<Gateway> gateways,
        List<GatewayRoute> httpRoutes,
        List<GatewayRoute> grpcRoutes,
        List<GatewayRoute> tcpRoutes,
        List<GatewayRoute> udpRoutes,
        List<GatewayRoute> tlsRoutes,
        List<ReferenceGrant> referenceGrants,
        List<ListenerSet> listenerSets,
        List<LoadBalancerConfiguration> loadBalancerConfigurations,
        List<TargetGroupConfiguration> targetGroupConfigurations,
        List<ListenerRuleConfiguration> listenerRuleConfigurations) {

    /** A topology without any Gateway API resource. */
    public static final GatewayApi NONE =
            new GatewayApi(null, null, null, null, null, null, null, null, null, null, null, null);

    public GatewayApi {
        gatewayClasses = NullAsEmpty.list(gatewayClasses);
        gateways = NullAsEmpty.list(gateways);
        httpRoutes = NullAsEmpty.list(httpRoutes);
        grpcRoutes = NullAsEmpty.list(grpcRoutes);
        tcpRoutes = NullAsEmpty.list(tcpRoutes);
        udpRoutes = NullAsEmpty.list(udpRoutes);
        tlsRoutes = NullAsEmpty.list(tlsRoutes);
        referenceGrants = NullAsEmpty.list(referenceGrants);
        listenerSets = NullAsEmpty.list(listenerSets);
        loadBalancerConfigurations = NullAsEmpty.list(loadBalancerConfigurations);
        targetGroupConfigurations = NullAsEmpty.list(targetGroupConfigurations);
        listenerRuleConfigurations = NullAsEmpty.list(listenerRuleConfigurations);
    }

    /** Whether the topology holds no Gateway API resource at all. */
    public boolean isEmpty() {
        return gatewayClasses.isEmpty() && gateways.isEmpty();
    }

    /** A cluster-scoped GatewayClass: the controller that serves it and its LoadBalancerConfiguration, if any. */
    public record GatewayClass(String name, String controllerName, ObjectRef parametersRef) {}

    /**
     * A Gateway: its class, its listeners in order, the LoadBalancerConfiguration its {@code
     * spec.infrastructure.parametersRef} names (or null), its annotations, and which namespaces' ListenerSets may
     * attach ({@code allowedListenersFrom} null reads as {@code None}).
     */
    public record Gateway(
            String name,
            String namespace,
            String gatewayClassName,
            List<GatewayListener> listeners,
            ObjectRef parametersRef,
            Map<String, String> annotations,
            String allowedListenersFrom,
            LabelSelector allowedListenersSelector) {

        public Gateway {
            listeners = NullAsEmpty.list(listeners);
            annotations = NullAsEmpty.map(annotations);
        }
    }

    /**
     * A Gateway or ListenerSet listener. {@code tlsMode} is null without a {@code tls} block; {@code allowedFrom}
     * null reads as {@code Same}; {@code allowedKinds} empty means the kinds the protocol implies.
     */
    public record GatewayListener(
            String name,
            String hostname,
            int port,
            String protocol,
            String tlsMode,
            List<ObjectRef> certificateRefs,
            String allowedFrom,
            LabelSelector allowedSelector,
            List<String> allowedKinds) {

        public GatewayListener {
            certificateRefs = NullAsEmpty.list(certificateRefs);
            allowedKinds = NullAsEmpty.list(allowedKinds);
        }
    }

    /** A reference to another object; a null group, kind or namespace takes the referrer's default. */
    public record ObjectRef(String group, String kind, String namespace, String name) {}

    /** A ListenerSet: the Gateway it extends and the listeners it adds. */
    public record ListenerSet(String name, String namespace, ObjectRef parentRef, List<GatewayListener> listeners) {

        public ListenerSet {
            listeners = NullAsEmpty.list(listeners);
        }
    }

    /** A ReferenceGrant: which kinds in which namespaces may refer to which of its namespace's objects. */
    public record ReferenceGrant(String name, String namespace, List<ObjectRef> from, List<ObjectRef> to) {

        public ReferenceGrant {
            from = NullAsEmpty.list(from);
            to = NullAsEmpty.list(to);
        }
    }
}
