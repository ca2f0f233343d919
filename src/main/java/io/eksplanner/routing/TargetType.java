package io.eksplanner.routing;

/**
 * What a load balancer registers as targets: nodes on a NodePort, pod IPs, or for an ALB
 * whose target groups differ, both. Public because {@link LoadBalancerPlan} carries it.
 */
public enum TargetType {
    INSTANCE("instance"),
    IP("ip"),
    /** An ALB with instance target groups and ip target groups. */
    MIXED("mixed");

    private final String wireName;

    TargetType(String wireName) {
        this.wireName = wireName;
    }

    /** How the API spells the target type: {@code instance}, {@code ip} or {@code mixed}. */
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
