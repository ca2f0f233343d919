package io.eksplanner.topology.model;

import java.util.Locale;

/**
 * The node AMI families whose max-pods bootstrap the planner models (src/docs/domain-rules.md §3): public because
 * the IP planner reads it from {@link ClusterTopology.NodeGroup}. Any other eksctl {@code amiFamily} (Bottlerocket,
 * Windows, Ubuntu, a custom AMI) is kept as the user wrote it and planned as {@link #NOT_MODELLED}. Public: {@code
 * importing.eksctl} uses it.
 */
public enum AmiFamily {
    /** nodeadm: {@code CalcMaxPods} gives N×(M−1)+2 (amazon-eks-ami nodeadm/internal/kubelet/eni_max_pods.go). */
    AMAZON_LINUX_2023,
    /** AL2's bootstrap.sh: the eni-max-pods.txt value, N×(M−1)+2 (amazon-eks-ami templates/al2, before b2289030). */
    AMAZON_LINUX_2,
    /** A family the planner does not model: its bootstrap may register another max pods. */
    NOT_MODELLED;

    /** eksctl's name of the default family. */
    public static final String DEFAULT_NAME = "AmazonLinux2023";

    /** The family eksctl's {@code amiFamily} value names; null means eksctl's default, AmazonLinux2023. */
    public static AmiFamily of(String name) {
        if (name == null) {
            return AMAZON_LINUX_2023;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "amazonlinux2023" -> AMAZON_LINUX_2023;
            case "amazonlinux2" -> AMAZON_LINUX_2;
            default -> NOT_MODELLED;
        };
    }
}
