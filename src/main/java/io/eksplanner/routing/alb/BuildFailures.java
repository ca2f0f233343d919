package io.eksplanner.routing.alb;

import io.eksplanner.routing.LoadBalancerPlan.Problem;
import io.eksplanner.routing.ProblemCode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The errors that fail an IngressGroup's whole model, so the controller deploys no ALB for any member
 * (src/docs/reference/aws-load-balancers.md, Corrections 4): aws-load-balancer-controller v3.5.0 (commit
 * 5982613953df58f3227301b7121abde6abaa2c20) builds the group as one model in {@code pkg/ingress/model_builder.go},
 * {@code defaultModelBuildTask.run}, and returns the first error of any step.
 */
final class BuildFailures {

    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");
    private static final int IPV4_BITS = 32;
    private static final int IPV6_BITS = 128;
    private static final int OCTET_MAX = 255;

    private BuildFailures() {}

    /**
     * The member's {@code inbound-cidrs} entries that Go's {@code net.ParseCIDR} refuses fail the group
     * ({@code pkg/ingress/model_build_listener.go}, {@code computeIngressExplicitInboundCIDRs}); returns the problem,
     * or null.
     */
    static Problem inboundCidrs(GroupedIngress member) {
        var fromClass = ClassParameters.inboundCidrs(member);
        if (fromClass != null) {
            // IngressClassParams inboundCIDRs win over the annotation, with their own message.
            return fromClass.stream()
                    .filter(cidr -> !isCidr(cidr))
                    .findFirst()
                    .map(cidr -> failed(
                            ClassParameters.path(member, "inboundCIDRs"),
                            "invalid CIDR in IngressClassParams InboundCIDR " + cidr + ": invalid CIDR address: "
                                    + cidr))
                    .orElse(null);
        }
        var raw = member.annotation("inbound-cidrs");
        if (raw == null) {
            return null;
        }
        for (String part : raw.split(",")) {
            var cidr = part.strip();
            if (!cidr.isEmpty() && !isCidr(cidr)) {
                return failed(
                        member.annotationsPath(),
                        "invalid inbound-cidrs settings on Ingress: " + member.key() + ": invalid CIDR address: "
                                + cidr);
            }
        }
        return null;
    }

    /** A problem that fails the whole model: {@code path} names the member's field, {@code message} the object. */
    static Problem failed(String path, String message) {
        return new Problem(ProblemCode.LB_BUILD_FAILED, path, message);
    }

    /**
     * The build-failure problem for each problem among {@code problems} whose code fails the model (today instance
     * targets on a Service without NodePort: {@code pkg/ingress/model_build_target_group.go}, {@code
     * buildTargetGroupSpec}, "TargetGroup port is empty").
     */
    static List<Problem> fatal(List<Problem> problems) {
        return problems.stream()
                .filter(problem -> problem.code() == ProblemCode.LB_NODEPORT_REQUIRED
                        || problem.code() == ProblemCode.LB_BUILD_FAILED)
                .map(problem -> problem.code() == ProblemCode.LB_BUILD_FAILED
                        ? problem
                        : failed(problem.path(), problem.message()))
                .toList();
    }

    /** Whether Go's {@code net.ParseCIDR} takes {@code text}: an address, a slash, and a prefix length in range. */
    static boolean isCidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return false;
        }
        var address = text.substring(0, slash);
        var bits = text.substring(slash + 1);
        if (!DIGITS.matcher(bits).matches()) {
            return false;
        }
        int prefix = Integer.parseInt(bits);
        if (IPV4.matcher(address).matches()) {
            for (String octet : address.split("\\.")) {
                if (Integer.parseInt(octet) > OCTET_MAX) {
                    return false;
                }
            }
            return prefix <= IPV4_BITS;
        }
        return IPV6.matcher(address).matches() && prefix <= IPV6_BITS;
    }
}
