package io.eksplanner.routing;

/**
 * What a controller would refuse or work around, as recorded on a {@link LoadBalancerPlan.Problem}; each constant
 * has the name of the validation finding code that reports it. Public because the validation package maps it to its
 * findings.
 */
public enum ProblemCode {
    /** An instance target group for a Service with no NodePort (src/docs/reference/aws-load-balancers.md §3.2). */
    LB_NODEPORT_REQUIRED,
    /** An ALB with subnets in fewer than two AZs (§7.1). */
    ALB_SUBNET_AZ_COUNT,
    /** An IngressGroup name the controller rejects (§8.3). */
    INGRESS_GROUP_NAME_INVALID,
    /** An IngressGroup order that is no integer in [-1000, 1000] (§8.3). */
    INGRESS_GROUP_ORDER_INVALID,
    /**
     * Members of an IngressGroup that disagree on a setting only one value of may hold
     * (src/docs/reference/aws-load-balancers.md §8.3).
     */
    INGRESS_GROUP_CONFLICT,
    /** An Ingress naming an IngressClass that does not exist (§8.1). */
    INGRESS_CLASS_UNKNOWN,
    /**
     * An Ingress whose IngressClass names IngressClassParams that do not exist, or parameters of another kind: the
     * controller leaves it out of every IngressGroup (src/docs/reference/aws-load-balancers.md §8.1).
     */
    INGRESS_CLASS_PARAMS_UNKNOWN,
    /** An Ingress routing to a Service or port that does not exist (§8.3). */
    INGRESS_BACKEND_MISSING,
    /**
     * A load balancer the controller cannot build: one member's field fails the whole model, so nothing is deployed
     * (src/docs/reference/aws-load-balancers.md, Corrections 4; {@code pkg/ingress/model_builder.go}).
     */
    LB_BUILD_FAILED,
    /**
     * An Ingress the controller's validating webhook refuses, so it is never created (an invalid {@code conditions.*}
     * annotation; src/docs/reference/aws-load-balancers.md §8.4).
     */
    INGRESS_REJECTED,
    /**
     * An HTTPS listener whose certificates the controller discovers in ACM from the Ingress's hosts, which the plan
     * assumes succeeds (src/docs/reference/aws-load-balancers.md §8.4).
     */
    ALB_CERTIFICATES_DISCOVERED,
    /**
     * An Ingress {@code tls} section on an ALB without an HTTPS listen port: the controller does not read it (§8.4).
     */
    INGRESS_TLS_IGNORED,
    /**
     * A Service port that shares its number with an earlier one and gets no NLB listener, since TCP_UDP listeners are
     * off (src/docs/reference/aws-load-balancers.md, Corrections 10; {@code pkg/service/model_build_listener.go}).
     */
    NLB_PORT_DROPPED,
    /**
     * A LoadBalancer Service port without a NodePort that the legacy cloud provider skips, so it gets no listener
     * (src/docs/reference/aws-load-balancers.md §10.1).
     */
    LEGACY_PORT_IGNORED,
    /**
     * The NodePort range 30000–32767 holds no port a NodePort or LoadBalancer Service needs, so the apiserver refuses
     * to create it (src/docs/reference/aws-load-balancers.md §10.1).
     */
    NODEPORT_RANGE_EXHAUSTED,
    /** A Gateway naming a GatewayClass that does not exist (src/docs/domain-rules.md §4, Gateway API). */
    GATEWAY_CLASS_UNKNOWN,
    /**
     * A Gateway or ListenerSet listener the controller refuses ({@code pkg/gateway/routeutils/listener_utils.go},
     * {@code validateListenerList}).
     */
    GATEWAY_LISTENER_INVALID,
    /** A route's parentRef no listener of a Gateway admits: {@code Accepted} false (src/docs/domain-rules.md §4). */
    GATEWAY_ROUTE_NOT_ACCEPTED,
    /** An attached route's backendRef the controller cannot resolve: {@code ResolvedRefs} false. */
    GATEWAY_ROUTE_REFS_UNRESOLVED
}
