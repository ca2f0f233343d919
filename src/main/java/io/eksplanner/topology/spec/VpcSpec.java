package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The cluster's VPC: CIDR blocks (primary first), DNS attributes and the VPC endpoints present. Public: {@code
 * importing.eksctl} and {@code topology} use it.
 */
@Schema(
        name = "VpcSpec",
        description = "The cluster VPC (src/docs/domain-rules.md §1); null = a VPC of which nothing is known")
public record VpcSpec(
        @Schema(
                description =
                        "the VPC's IPv4 CIDR blocks, primary first, then secondary; at most 50; a prefix outside /16–/28 or one in 169.254.0.0/16 is VPC_CIDR_INVALID")
        @Size(max = 50)
        List<@NotNull @ValidCidr String> cidrBlocks,

        @Schema(
                description =
                        "the VPC's DNS hostnames; the private endpoint needs it (ENDPOINT_PRIVATE_DNS); null = off, as for a new VPC")
        Boolean enableDnsHostnames,

        @Schema(description = "the VPC's DNS resolution; the private endpoint needs it; null = on, the VPC default")
        Boolean enableDnsSupport,

        @Schema(description = "VPC endpoint service short names, e.g. ec2, ecr.api, ecr.dkr, s3, sts")
        List<
                        @NotNull
                        @Pattern(
                                regexp = "[a-z0-9][a-z0-9.-]{0,62}",
                                message = "must be a VPC endpoint" + " service short name such as ecr.api")
                        String>
                endpoints,

        @Pattern(regexp = "vpc-[A-Za-z0-9]{1,60}", message = "must be a VPC id such as vpc-0123456789abcdef0")
        @Schema(
                description = "the id of an existing VPC (eksctl's vpc.id); null = a VPC still to be created",
                example = "vpc-0123456789abcdef0")
        String id) {

    /** A VPC without an id: one still to be created. */
    public VpcSpec(
            List<String> cidrBlocks, Boolean enableDnsHostnames, Boolean enableDnsSupport, List<String> endpoints) {
        this(cidrBlocks, enableDnsHostnames, enableDnsSupport, endpoints, null);
    }

    ClusterTopology.Vpc toModel() {
        return new ClusterTopology.Vpc(
                SpecValues.map(cidrBlocks, SpecValues::cidr), enableDnsHostnames, enableDnsSupport, endpoints, id);
    }
}
