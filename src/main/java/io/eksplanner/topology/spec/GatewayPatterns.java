package io.eksplanner.topology.spec;

/**
 * The Gateway API CRDs' validation patterns (gateway-api {@code apis/v1/shared_types.go}, as the CRDs the AWS Load
 * Balancer Controller v3.5.0 installs carry them), as compile-time constants for Bean Validation.
 */
final class GatewayPatterns {

    /** A {@code Hostname}: DNS-1123 labels, optionally {@code *.} first. */
    static final String HOSTNAME = "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    static final String HOSTNAME_MESSAGE = "must be a lower-case DNS name, optionally starting with '*.'";

    /** A {@code Group}: empty (the core group) or a DNS subdomain. */
    static final String GROUP = "|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    static final String GROUP_MESSAGE = "must be empty or a lower-case DNS subdomain";

    /** A {@code Kind}: a letter, then letters, digits and '-'. */
    static final String KIND = "[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?";

    static final String KIND_MESSAGE = "must start with a letter and hold letters, digits and '-'";

    /** A {@code ProtocolType}: a name such as HTTP, or a domain-prefixed one. */
    static final String PROTOCOL = "[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?"
            + "|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/[A-Za-z0-9]+";

    /** A {@code GatewayController}: a domain-prefixed path such as {@code gateway.k8s.aws/alb}. */
    static final String CONTROLLER_NAME =
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";

    private GatewayPatterns() {}
}
