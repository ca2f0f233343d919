package io.eksplanner.importing.eksctl;

import io.eksplanner.common.Ipv4Cidr;
import io.eksplanner.topology.model.SubnetType;
import io.eksplanner.topology.spec.EndpointAccessSpec;
import io.eksplanner.topology.spec.VpcSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The ClusterConfig's {@code vpc} section with {@code privateCluster}: the VPC's CIDR, DNS and endpoints, the
 * cluster endpoint's access, the NAT gateway mode, and the control plane's subnets — with eksctl's defaults where a
 * field is left out (src/docs/reference/eks-vpc.md §8).
 */
final class EksctlVpc {

    /** eksctl's {@code DefaultCIDR}. */
    static final String DEFAULT_CIDR = "192.168.0.0/16";

    /** The endpoints eksctl creates for a fully-private cluster (src/docs/reference/eks-vpc.md §4.3). */
    static final List<String> PRIVATE_CLUSTER_ENDPOINTS = List.of("ec2", "ecr.api", "ecr.dkr", "s3", "sts");

    private final EksctlFields vpc;
    private final EksctlFields privateCluster;
    private final String existingId;
    private final String cidr;
    private final boolean onOutposts;
    private final EksctlLog log;

    private EksctlVpc(EksctlFields vpc, EksctlFields privateCluster, boolean onOutposts, EksctlLog log) {
        this.vpc = vpc;
        this.privateCluster = privateCluster;
        this.onOutposts = onOutposts;
        this.log = log;
        if (vpc != null) {
            vpc.allowOnly(ClusterConfigSchema.VPC);
        }
        this.existingId = vpc == null ? null : vpc.string("id");
        this.cidr = readCidr();
    }

    /**
     * Reads {@code privateCluster} and {@code vpc} (its id and CIDR first) from the ClusterConfig's root, for a control
     * plane on AWS Outposts when {@code onOutposts}.
     */
    static EksctlVpc read(EksctlFields root, boolean onOutposts, EksctlLog log) {
        var privateCluster = privateCluster(root);
        return new EksctlVpc(root.object("vpc"), privateCluster, onOutposts, log);
    }

    /** The fully-private settings, or null when the cluster is not fully private. */
    private static EksctlFields privateCluster(EksctlFields root) {
        var settings = root.object("privateCluster");
        if (settings == null) {
            return null;
        }
        settings.allowOnly(ClusterConfigSchema.PRIVATE_CLUSTER);
        return Boolean.TRUE.equals(settings.bool("enabled")) ? settings : null;
    }

    private String readCidr() {
        String given = vpc == null ? null : vpc.cidr("cidr");
        if (given == null && existingId == null && (vpc == null || !vpc.has("cidr"))) {
            log.defaulted("vpc.cidr: eksctl's default " + DEFAULT_CIDR);
            return DEFAULT_CIDR;
        }
        if (given == null && existingId != null) {
            log.defaulted("vpc.cidr: the existing VPC " + existingId
                    + "'s CIDR is not known without asking AWS, so the topology has none");
        }
        return given;
    }

    /** The {@code vpc} mapping, or null when the ClusterConfig has none. */
    EksctlFields fields() {
        return vpc;
    }

    /** The id of the existing VPC the cluster goes into, or null when eksctl creates the VPC. */
    String existingId() {
        return existingId;
    }

    /** The VPC's primary CIDR, or null when it is not known (an existing VPC, or an ill-formed CIDR). */
    String cidr() {
        return cidr;
    }

    VpcSpec spec() {
        Boolean dns = null;
        if (existingId == null) {
            dns = true;
            log.defaulted("vpc.enableDnsHostnames, vpc.enableDnsSupport: true, as eksctl sets them on the VPC it"
                    + " creates");
        }
        var endpoints = new ArrayList<String>();
        if (privateCluster != null && !Boolean.TRUE.equals(privateCluster.bool("skipEndpointCreation"))) {
            endpoints.addAll(PRIVATE_CLUSTER_ENDPOINTS);
            var more = privateCluster.strings("additionalEndpointServices");
            if (more != null) {
                endpoints.addAll(more);
            }
            log.defaulted("vpc.endpoints: " + endpoints + ", the VPC endpoints eksctl creates for a fully-private"
                    + " cluster");
        }
        return new VpcSpec(cidr == null ? List.of() : List.of(cidr), dns, dns, endpoints, existingId);
    }

    EndpointAccessSpec endpointAccess() {
        var endpoints = vpc == null ? null : vpc.object("clusterEndpoints");
        Boolean publicAccess = null;
        Boolean privateAccess = null;
        if (endpoints != null) {
            endpoints.allowOnly(ClusterConfigSchema.CLUSTER_ENDPOINTS);
            publicAccess = endpoints.bool("publicAccess");
            privateAccess = endpoints.bool("privateAccess");
        }
        if (onOutposts) {
            return outpostsEndpointAccess(publicAccess, privateAccess);
        }
        if (privateCluster != null) {
            if (endpoints != null) {
                log.problem(
                        "vpc.clusterEndpoints",
                        "vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled)"
                                + " as the endpoint access defaults to private-only");
            }
            publicAccess = false;
            privateAccess = true;
            log.defaulted("endpointAccess: private only, as eksctl sets it for a fully-private cluster");
        }
        if (publicAccess == null) {
            publicAccess = true;
            log.defaulted("vpc.clusterEndpoints.publicAccess: eksctl's default true");
        }
        if (privateAccess == null) {
            privateAccess = false;
            log.defaulted("vpc.clusterEndpoints.privateAccess: eksctl's default false");
        }
        return new EndpointAccessSpec(publicAccess, privateAccess, publicAccessCidrs(publicAccess));
    }

    /**
     * On Outposts eksctl makes the endpoint private-only, and refuses a file that turns public access on or private
     * access off (pkg/ctl/cmdutils/configfile.go, commit 99984adb). The planner keeps what the file asks, so that
     * validation reports it as OUTPOST_ENDPOINT_ACCESS rather than the import refusing a real file.
     */
    private EndpointAccessSpec outpostsEndpointAccess(Boolean publicAccess, Boolean privateAccess) {
        boolean isPublic = Boolean.TRUE.equals(publicAccess);
        boolean isPrivate = !Boolean.FALSE.equals(privateAccess);
        if (!isPublic && isPrivate) {
            log.defaulted("endpointAccess: private only, as eksctl sets it for a control plane on Outposts");
        }
        var cidrs = publicAccessCidrs(false);
        return new EndpointAccessSpec(isPublic, isPrivate, cidrs);
    }

    /** The CIDRs the public endpoint is open to: the well-formed ones given, or all of IPv4 when none are given. */
    private List<String> publicAccessCidrs(boolean publicAccess) {
        List<String> cidrs = new ArrayList<>();
        var given = vpc == null ? null : vpc.strings("publicAccessCIDRs");
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                if (Ipv4Cidr.tryParse(given.get(i)).isEmpty()) {
                    log.problem(
                            "vpc.publicAccessCIDRs[" + i + "]",
                            "must be an IPv4 CIDR written a.b.c.d/n, was \"" + given.get(i) + "\"");
                } else {
                    cidrs.add(given.get(i));
                }
            }
        }
        if ((given == null || given.isEmpty()) && publicAccess) {
            cidrs = List.of("0.0.0.0/0");
            log.defaulted("vpc.publicAccessCIDRs: none given, so EKS opens the public endpoint to 0.0.0.0/0");
        }
        return cidrs;
    }

    /** Whether the private subnets route through NAT gateways: every {@code vpc.nat.gateway} mode but Disable. */
    boolean natGateways() {
        var nat = vpc == null ? null : vpc.object("nat");
        String gateway = null;
        if (nat != null) {
            nat.allowOnly(ClusterConfigSchema.NAT);
            gateway = nat.string("gateway");
        }
        if (gateway == null) {
            log.defaulted(
                    "vpc.nat.gateway: eksctl's default Single (one NAT gateway, in the first AZ's public" + " subnet)");
        } else if (gateway.equals("Disable")) {
            return false;
        } else if (!gateway.equals("Single") && !gateway.equals("HighlyAvailable")) {
            log.problem("vpc.nat.gateway", gateway + " is not a valid NAT gateway mode");
        }
        return true;
    }

    /**
     * The control plane's subnets by name, as eksctl's cluster stack gives them to EKS (pkg/cfn/builder/cluster.go and
     * vpc_ipv4.go {@code ControlPlaneSubnetRefs}, commit 99984adb): those {@code controlPlaneSubnetIDs} names; else the
     * private ones with {@code controlPlaneOnPrivateSubnets}, or on Outposts when there are any; else, when there are
     * Local Zone subnets, the AZ ones (never a Local Zone's); else none, which reads as every subnet.
     */
    List<String> controlPlaneSubnets(EksctlSubnets subnets) {
        var ids = vpc == null ? null : vpc.strings("controlPlaneSubnetIDs");
        var names = new ArrayList<String>();
        var privateSubnets = subnets.ofType(SubnetType.PRIVATE).values();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                names.add(controlPlaneSubnet(subnets, ids.get(i)));
            }
        } else if (vpc != null && Boolean.TRUE.equals(vpc.bool("controlPlaneOnPrivateSubnets"))
                || onOutposts && !privateSubnets.isEmpty()) {
            privateSubnets.forEach(subnet -> names.add(subnet.name()));
        } else if (subnets.hasLocalZoneSubnets()) {
            subnets.ofType(SubnetType.PUBLIC).values().forEach(subnet -> names.add(subnet.name()));
            privateSubnets.forEach(subnet -> names.add(subnet.name()));
            log.defaulted("controlPlaneSubnets: " + names + ", the AZ subnets: eksctl gives EKS no Local Zone subnet");
        }
        return names;
    }

    /**
     * The subnet {@code id} names. eksctl hands {@code controlPlaneSubnetIDs} to EKS as they are, without finding them
     * in {@code vpc.subnets} (examples/38-cluster-subnets-sgs.yaml has none), so an id it does not list is added as a
     * subnet known only by its id; validation reports it as CONTROL_PLANE_SUBNET_UNKNOWN (WARNING).
     */
    private String controlPlaneSubnet(EksctlSubnets subnets, String id) {
        var match = subnets.withId(id);
        if (match.isPresent()) {
            return match.get().name();
        }
        subnets.addById(id, null);
        log.defaulted("vpc.controlPlaneSubnetIDs: " + id + " is not in vpc.subnets; eksctl passes it to EKS as it is,"
                + " so the planner adds a subnet with that id and no type, CIDR or AZ");
        return id;
    }
}
