package io.eksplanner.topology.spec;

import static io.eksplanner.common.NameRule.AWS_TAG_KEY;
import static io.eksplanner.common.NameRule.AWS_TAG_VALUE;
import static io.eksplanner.common.NameRule.AWS_ZONE;
import static io.eksplanner.common.NameRule.EKS_RESOURCE;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.Egress;
import io.eksplanner.topology.model.SubnetType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * A VPC subnet in one Availability Zone. Public: {@code importing.eksctl}, {@code topology} and {@code topology.web}
 * use it.
 */
@Schema(name = "SubnetSpec")
public record SubnetSpec(
        @NotNull
        @ValidName(EKS_RESOURCE)
        @Schema(
                description =
                        "the subnet's name in this topology: letters, digits, - and _, starting with a letter or digit, at most 63; unique",
                example = "public-a")
        String name,

        @Pattern(
                regexp = "[A-Za-z0-9-]{1,64}",
                message = "must be a subnet id such as subnet-0123456789abcdef0 (letters, digits and -, at most 64)")
        @Schema(
                description = "the AWS subnet id; one AWS would refuse (not subnet- and 8 or 17 hex digits, e.g. an"
                        + " example's placeholder subnet-1234) is stored and reported as SUBNET_ID_MALFORMED",
                example = "subnet-0123456789abcdef0")
        String id,

        @ValidCidr
        @Schema(
                description =
                        "the subnet's IPv4 CIDR block a.b.c.d/n (octets ≤ 255, n ≤ 32); host bits set, a prefix outside /16–/28 or a block outside the VPC is reported by validation, not refused",
                example = "192.168.0.0/19")
        String cidr,

        @ValidName(AWS_ZONE)
        @Schema(
                description =
                        "the Availability Zone, e.g. ap-northeast-2a; it must lie in the cluster's region (SUBNET_AZ_REGION)",
                example = "ap-northeast-2a")
        String availabilityZone,

        @Schema(description = "PUBLIC (a route to an internet gateway) or PRIVATE")
        SubnetType type,

        @Schema(
                description =
                        "the subnet's way out: INTERNET_GATEWAY, NAT_GATEWAY or NONE; a PRIVATE subnet with INTERNET_GATEWAY, or a PUBLIC one without it, is SUBNET_TYPE_EGRESS")
        Egress egress,

        @Schema(
                description =
                        "true = instances launched here get a public IP; nodes in a PUBLIC subnet need it (NODE_PUBLIC_IP_MISSING); null = false")
        Boolean mapPublicIpOnLaunch,

        @Schema(
                description =
                        "the subnet's AWS tags, e.g. kubernetes.io/role/elb: \"1\" for load-balancer subnet discovery and kubernetes.io/role/cni for CNI subnet discovery")
        Map<@NotNull @ValidName(AWS_TAG_KEY) String, @NotNull @ValidName(AWS_TAG_VALUE) String> tags,

        @Schema(description = "true = an ENIConfig pod subnet for custom networking")
        Boolean podSubnet) {
    ClusterTopology.Subnet toModel() {
        return new ClusterTopology.Subnet(
                name, id, SpecValues.cidr(cidr), availabilityZone, type, egress, mapPublicIpOnLaunch, tags, podSubnet);
    }
}
