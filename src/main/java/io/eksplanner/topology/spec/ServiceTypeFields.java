package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ExternalTrafficPolicy;
import io.eksplanner.topology.model.ServiceType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Service fields the API server admits on some Service types only (src/docs/domain-rules.md §1): {@code
 * externalTrafficPolicy} on types NodePort and LoadBalancer (the externally accessible ones; the planner does not
 * model a ClusterIP Service's externalIPs), {@code allocateLoadBalancerNodePorts} and {@code loadBalancerClass} on
 * type LoadBalancer, {@code healthCheckNodePort} on
 * type LoadBalancer with {@code externalTrafficPolicy: Local}. The topology API ({@link ValidServiceFields}) and the
 * manifest importer refuse a Service breaking them with the same messages. Public because {@code importing.manifests}
 * applies the rule.
 */
public final class ServiceTypeFields {

    static final String EXTERNAL_ONLY = "may only be set when type is NodePort or LoadBalancer";
    static final String LOAD_BALANCER_ONLY = "may only be set when type is LoadBalancer";
    static final String LOCAL_LOAD_BALANCER_ONLY =
            "may only be set when type is LoadBalancer and externalTrafficPolicy is Local";

    /** A field set on a Service whose type refuses it, by its name in the Service's spec, and why. */
    public record Forbidden(String field, String message) {}

    private ServiceTypeFields() {}

    /**
     * The fields the API server refuses on a Service of {@code type} (null = ClusterIP) and {@code policy} (null =
     * Cluster), as kubernetes/kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd {@code
     * pkg/apis/core/validation/validation.go} checks them on create: {@code validateServiceExternalTrafficPolicy}
     * (externalTrafficPolicy "may only be set for externally-accessible services"), {@code ValidateService} ("allocateLoadBalancerNodePorts
     * may only be used when `type` is 'LoadBalancer'"), {@code validateLoadBalancerClassField} (loadBalancerClass, the
     * same) and {@code validateServiceExternalTrafficPolicy} (healthCheckNodePort "may only be set when `type` is
     * 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"); empty when it admits them all.
     */
    public static List<Forbidden> forbidden(
            ServiceType type,
            ExternalTrafficPolicy policy,
            Integer healthCheckNodePort,
            Boolean allocateLoadBalancerNodePorts,
            String loadBalancerClass) {
        boolean loadBalancer = type == ServiceType.LoadBalancer;
        var forbidden = new ArrayList<Forbidden>();
        if (policy != null && !loadBalancer && type != ServiceType.NodePort) {
            forbidden.add(new Forbidden("externalTrafficPolicy", EXTERNAL_ONLY));
        }
        if (healthCheckNodePort != null && !(loadBalancer && policy == ExternalTrafficPolicy.Local)) {
            forbidden.add(new Forbidden("healthCheckNodePort", LOCAL_LOAD_BALANCER_ONLY));
        }
        if (loadBalancerClass != null && !loadBalancer) {
            forbidden.add(new Forbidden("loadBalancerClass", LOAD_BALANCER_ONLY));
        }
        if (allocateLoadBalancerNodePorts != null && !loadBalancer) {
            forbidden.add(new Forbidden("allocateLoadBalancerNodePorts", LOAD_BALANCER_ONLY));
        }
        return forbidden;
    }
}
