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
        @NotNull @ValidName(EKS_RESOURCE) @Schema(example = "public-a")
        String name,

        @Pattern(
                regexp = "[A-Za-z0-9-]{1,64}",
                message = "must be a subnet id such as subnet-0123456789abcdef0 (letters, digits and -, at most 64)")
        @Schema(
                description = "the AWS subnet id; one AWS would refuse (not subnet- and 8 or 17 hex digits, e.g. an"
                        + " example's placeholder subnet-1234) is stored and reported as SUBNET_ID_MALFORMED",
                example = "subnet-0123456789abcdef0")
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
