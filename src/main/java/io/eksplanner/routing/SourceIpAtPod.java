package io.eksplanner.routing;

/**
 * The source address a pod sees on a request that came through a load balancer
 * (src/docs/reference/aws-load-balancers.md §6, §9.2). Public because {@link LoadBalancerPlan.PacketPath} carries it.
 */
public enum SourceIpAtPod {
    CLIENT_IP("client IP"),
    NLB_PRIVATE_IP("NLB private IP"),
    NODE_IP("node IP (kube-proxy SNAT)"),
    CLB_IP("CLB IP (the CLB proxies the connection)"),
    ALB_IP("ALB IP (client in X-Forwarded-For)");

    private final String wireName;

    SourceIpAtPod(String wireName) {
        this.wireName = wireName;
    }

    /** How the API words the source address, e.g. {@code node IP (kube-proxy SNAT)}. */
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
