package io.eksplanner.routing;

/**
 * Whether a load balancer takes traffic from the internet or only from inside the VPC
 * (src/docs/reference/aws-load-balancers.md §4), and the subnet role tag that marks the subnets meant for it (§7).
 * Public because {@link LoadBalancerPlan} carries it and the validation package compares it.
 */
public enum Scheme {
    INTERNAL("internal", "kubernetes.io/role/internal-elb"),
    INTERNET_FACING("internet-facing", "kubernetes.io/role/elb");

    private final String wireName;
    private final String roleTag;

    Scheme(String wireName, String roleTag) {
        this.wireName = wireName;
        this.roleTag = roleTag;
    }

    /** How the API and the controllers' annotations spell the scheme. */
    public String wireName() {
        return wireName;
    }

    /** The subnet tag that marks a subnet for load balancers of this scheme. */
    public String roleTag() {
        return roleTag;
    }

    /** The scheme spelled exactly {@code value} (the controllers compare case-sensitively), or null. */
    public static Scheme parse(String value) {
        for (Scheme scheme : values()) {
            if (scheme.wireName.equals(value)) {
                return scheme;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
