package io.eksplanner.validation.rules;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import io.eksplanner.topology.model.ServiceType;
import io.eksplanner.validation.FindingCode;
import io.eksplanner.validation.Findings;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.LinkedHashSet;

/**
 * Reports what the load-balancer controllers would refuse or work around, as the routing simulation recorded it on the
 * plans: missing NodePorts, ALBs with too few AZs, IngressGroup and IngressClass errors, missing backends.
 */
final class LoadBalancerProblemsRule implements ValidationRule {

    // src/docs/domain-rules.md §2 and §4; src/docs/reference/aws-load-balancers.md §3.2, §7.1, §8.

    @Override
    public void check(ValidationContext context, Findings findings) {
        var topology = context.topology();
        boolean anyLoadBalancer = !topology.ingresses().isEmpty()
                || !topology.gatewayApi().gateways().isEmpty()
                || topology.services().stream().anyMatch(service -> service.type() == ServiceType.LoadBalancer);
        if (!anyLoadBalancer) {
            return;
        }
        var problems = new LinkedHashSet<Problem>();
        context.loadBalancers().forEach(plan -> problems.addAll(plan.problems()));
        for (Problem problem : problems) {
            if (problem.code() == ProblemCode.NODEPORT_RANGE_EXHAUSTED) {
                // NodePortRangeRule reports it, for NodePort Services too, with the same path and message.
                continue;
            }
            var code = FindingCode.valueOf(problem.code().name());
            findings.add(code, problem.path(), problem.message(), hint(code));
        }
    }

    private static String hint(FindingCode code) {
        return switch (code) {
            case LB_NODEPORT_REQUIRED ->
                "make the Service type NodePort (or LoadBalancer, without allocateLoadBalancerNodePorts: false or with"
                        + " a nodePort on each port), or use ip targets (alb.ingress.kubernetes.io/target-type: ip,"
                        + " aws-load-balancer-nlb-target-type: ip) to send straight to the pods";
            case ALB_SUBNET_AZ_COUNT ->
                "tag a subnet in a second Availability Zone for the ALB's scheme"
                        + " (kubernetes.io/role/elb for internet-facing, kubernetes.io/role/internal-elb for internal)";
            case INGRESS_GROUP_NAME_INVALID ->
                "use lower-case letters, digits, '-' and '.', starting and ending with a"
                        + " letter or digit, at most 63 characters";
            case INGRESS_GROUP_ORDER_INVALID ->
                "set alb.ingress.kubernetes.io/group.order to an integer from -1000 to" + " 1000";
            case INGRESS_GROUP_CONFLICT ->
                "give every Ingress of the group the same value, or set it once in"
                        + " IngressClassParams; define the default backend in one Ingress only";
            case INGRESS_CLASS_UNKNOWN ->
                "create the IngressClass (controller ingress.k8s.aws/alb) or name an existing"
                        + " one; the controller's webhook rejects the Ingress as it is";
            case INGRESS_CLASS_PARAMS_UNKNOWN ->
                "create the IngressClassParams (apiGroup elbv2.k8s.aws, kind IngressClassParams) the class names, or"
                        + " remove spec.parameters from the IngressClass";
            case INGRESS_BACKEND_MISSING ->
                "create the Service and port, or fix serviceName / servicePort; a Service refused for a full NodePort"
                        + " range needs free NodePorts (NODEPORT_RANGE_EXHAUSTED)";
            case LEGACY_PORT_IGNORED ->
                "give the port a nodePort, drop allocateLoadBalancerNodePorts: false, or let the AWS Load Balancer"
                        + " Controller take the Service with ip targets (aws-load-balancer-type: external,"
                        + " aws-load-balancer-nlb-target-type: ip), which need no NodePort";
            case LB_BUILD_FAILED ->
                "fix the named field: the controller builds the IngressGroup (or the Service's NLB) as one model,"
                        + " and one error leaves every member without a load balancer";
            case INGRESS_REJECTED ->
                "give conditions.<name> a JSON list of conditions, each with its field's config and values (or"
                        + " regexValues), as the controller's annotation guide shows";
            case ALB_CERTIFICATES_DISCOVERED ->
                "make sure ACM holds an issued certificate for each host, or name it with"
                        + " alb.ingress.kubernetes.io/certificate-arn";
            case INGRESS_TLS_IGNORED ->
                "add alb.ingress.kubernetes.io/listen-ports with an HTTPS port (for example"
                        + " '[{\"HTTP\": 80}, {\"HTTPS\": 443}]'), or name the certificate with certificate-arn";
            case GATEWAY_CLASS_UNKNOWN ->
                "create the GatewayClass (controllerName gateway.k8s.aws/alb or gateway.k8s.aws/nlb) or fix"
                        + " gatewayClassName";
            case GATEWAY_LISTENER_INVALID ->
                "give an ALB Gateway HTTP and HTTPS listeners and an NLB Gateway TCP, UDP and TLS ones, each port"
                        + " one protocol (TCP with UDP allowed) and each port and hostname once";
            case GATEWAY_ROUTE_NOT_ACCEPTED ->
                "let the listener admit the route: allowedRoutes.namespaces (Same by default), allowedRoutes.kinds,"
                        + " a hostname that intersects the listener's, or the right sectionName and port";
            case GATEWAY_ROUTE_REFS_UNRESOLVED ->
                "create the Service and port (a Service refused for a full NodePort range needs free NodePorts,"
                        + " NODEPORT_RANGE_EXHAUSTED), or a ReferenceGrant in the Service's namespace that lets the"
                        + " route's kind and namespace refer to Services";
            default -> null;
        };
    }
}
