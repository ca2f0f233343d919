package io.eksplanner.importing.manifests;

/**
 * Annotation keys and API names that {@link ManifestReader} and {@link ManifestWriter} share; the {@code
 * eksplanner.io/} annotations carry the workload fields Kubernetes has no field for, and absent, the planner's defaults
 * apply.
 */
final class ManifestKeys {

    /** {@code SPREAD} or {@code PACK}. */
    static final String PLACEMENT = "eksplanner.io/placement";

    /** Node group names, separated by commas. */
    static final String NODE_GROUPS = "eksplanner.io/node-groups";

    /** {@code "true"} when the pods use branch ENIs with their own security groups. */
    static final String POD_SECURITY_GROUP = "eksplanner.io/pod-security-group";

    /** The annotation that makes an IngressClass the cluster's default. */
    static final String DEFAULT_INGRESS_CLASS = "ingressclass.kubernetes.io/is-default-class";

    /** The API group of the AWS Load Balancer Controller's IngressClassParams. */
    static final String ELBV2_GROUP = "elbv2.k8s.aws";

    static final String INGRESS_CLASS_PARAMS = "IngressClassParams";

    private ManifestKeys() {}
}
