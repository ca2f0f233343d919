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

/** A VPC subnet in one Availability Zone. */
public record SubnetSpec(
        @NotNull @ValidName(EKS_RESOURCE) @Schema(example = "public-a")
        String name,

        @Pattern(
                regexp = "subnet-[0-9a-f]{8}([0-9a-f]{9})?",
                message = "must be an AWS subnet id such as" + " subnet-0123456789abcdef0")
        String id,

        @ValidCidr @Schema(example = "192.168.0.0/19") String cidr,

        @ValidName(AWS_ZONE) @Schema(example = "ap-northeast-2a")
        String availabilityZone,

        SubnetType type,
        Egress egress,
        Boolean mapPublicIpOnLaunch,
        Map<@NotNull @ValidName(AWS_TAG_KEY) String, @NotNull @ValidName(AWS_TAG_VALUE) String> tags,

        @Schema(description = "true = an ENIConfig pod subnet for custom networking")
        Boolean podSubnet) {
    ClusterTopology.Subnet toModel() {
        return new ClusterTopology.Subnet(
                name, id, SpecValues.cidr(cidr), availabilityZone, type, egress, mapPublicIpOnLaunch, tags, podSubnet);
    }
}
