package io.eksplanner.importing.eksctl;

import java.util.HashSet;
import java.util.Set;

/**
 * The fields eksctl's strict {@code ClusterConfig} schema ({@code eksctl.io/v1alpha5}) allows in each section; any
 * other field is refused, as eksctl refuses it. A field being listed does not mean the planner reads it.
 */
final class ClusterConfigSchema {

    static final Set<String> CLUSTER = Set.of(
            "apiVersion",
            "kind",
            "metadata",
            "kubernetesNetworkConfig",
            "autoModeConfig",
            "remoteNetworkConfig",
            "upgradePolicy",
            "zonalShiftConfig",
            "iam",
            "iamIdentityMappings",
            "identityProviders",
            "accessConfig",
            "vpc",
            "addons",
            "addonsConfig",
            "privateCluster",
            "nodeGroups",
            "managedNodeGroups",
            "fargateProfiles",
            "availabilityZones",
            "localZones",
            "cloudWatch",
            "secretsEncryption",
            "status",
            "gitops",
            "karpenter",
            "outpost",
            // ClusterConfig fields added in eksctl pkg/apis/eksctl.io/v1alpha5/types.go by commit 99984adb:
            "controlPlaneScalingConfig",
            "capabilities");

    static final Set<String> METADATA =
            Set.of("name", "region", "version", "tags", "annotations", "accountID", "forceUpdateVersion");

    static final Set<String> NETWORK_CONFIG = Set.of("ipFamily", "serviceIPv4CIDR", "serviceIPv6CIDR");

    static final Set<String> VPC = Set.of(
            "id",
            "cidr",
            "ipv6Cidr",
            "ipv6Pool",
            "securityGroup",
            "subnets",
            "extraCIDRs",
            "extraIPv6CIDRs",
            "sharedNodeSecurityGroup",
            "manageSharedNodeSecurityGroupRules",
            "autoAllocateIPv6",
            "nat",
            "clusterEndpoints",
            "publicAccessCIDRs",
            "controlPlaneSubnetIDs",
            "controlPlaneSecurityGroupIDs",
            "controlPlaneOnPrivateSubnets",
            "hostnameType",
            "controlPlaneEgressMode");

    static final Set<String> CLUSTER_ENDPOINTS = Set.of("publicAccess", "privateAccess");

    static final Set<String> NAT = Set.of("gateway");

    /** The two groups of {@code vpc.subnets}. */
    static final Set<String> SUBNET_GROUPS = Set.of("public", "private");

    static final Set<String> SUBNET = Set.of("id", "az", "cidr");

    /** eksctl's {@code Outpost} (pkg/apis/eksctl.io/v1alpha5/types.go, commit 99984adb). */
    static final Set<String> OUTPOST = Set.of(
            "controlPlaneOutpostARN",
            "controlPlaneInstanceType",
            "controlPlanePlacement",
            "etcdInstanceType",
            "etcdPlacement");

    /** eksctl's {@code Placement}: a placement group's name and spread level. */
    static final Set<String> PLACEMENT = Set.of("groupName", "spreadLevel");

    static final Set<String> PRIVATE_CLUSTER = Set.of("enabled", "skipEndpointCreation", "additionalEndpointServices");

    private static final Set<String> NODE_GROUP_BASE = Set.of(
            "name",
            "amiFamily",
            "instanceType",
            "availabilityZones",
            "subnets",
            "instancePrefix",
            "instanceName",
            "desiredCapacity",
            "minSize",
            "maxSize",
            "volumeSize",
            "ssh",
            "labels",
            "privateNetworking",
            "tags",
            "iam",
            "ami",
            "securityGroups",
            "maxPodsPerNode",
            "asgSuspendProcesses",
            "ebsOptimized",
            "volumeType",
            "volumeName",
            "volumeEncrypted",
            "volumeKmsKeyID",
            "volumeIOPS",
            "volumeThroughput",
            "additionalVolumes",
            "preBootstrapCommands",
            "overrideBootstrapCommand",
            "propagateASGTags",
            "disableIMDSv1",
            "disablePodIMDS",
            "placement",
            "efaEnabled",
            "instanceSelector",
            "bottlerocket",
            "enableDetailedMonitoring",
            "capacityReservation",
            "outpostARN",
            "nodeRepairConfig",
            "instanceMarketOptions");

    /** A self-managed group ({@code nodeGroups}): the shared fields and its own. */
    static final Set<String> NODE_GROUP = union(
            NODE_GROUP_BASE,
            Set.of(
                    "instancesDistribution",
                    "asgMetricsCollection",
                    "cpuCredits",
                    "classicLoadBalancerNames",
                    "targetGroupARNs",
                    "taints",
                    "updateConfig",
                    "clusterDNS",
                    "kubeletExtraConfig",
                    "containerRuntime",
                    "maxInstanceLifetime",
                    "localZones",
                    "warmPool",
                    "enableWarmPool"));

    /** A managed group ({@code managedNodeGroups}): the shared fields and its own. */
    static final Set<String> MANAGED_NODE_GROUP = union(
            NODE_GROUP_BASE,
            Set.of("instanceTypes", "spot", "taints", "updateConfig", "launchTemplate", "releaseVersion"));

    static final Set<String> ADDON = Set.of(
            "name",
            "version",
            "configurationValues",
            "serviceAccountRoleARN",
            "attachPolicyARNs",
            "attachPolicy",
            "wellKnownPolicies",
            "permissionsBoundary",
            "tags",
            "resolveConflicts",
            "force",
            "podIdentityAssociations",
            "useDefaultPodIdentityAssociations",
            "namespaceConfig");

    private ClusterConfigSchema() {}

    private static Set<String> union(Set<String> base, Set<String> more) {
        var all = new HashSet<>(base);
        all.addAll(more);
        return Set.copyOf(all);
    }
}
