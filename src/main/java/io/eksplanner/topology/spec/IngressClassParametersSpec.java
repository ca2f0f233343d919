package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.LabelRequirement;
import io.eksplanner.topology.model.LabelSelector;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The AWS Load Balancer Controller's IngressClassParams, by the CRD's field names
 * (aws-load-balancer-controller v3.5.0, {@code apis/elbv2/v1beta1/ingressclassparams_types.go}); a field that is set
 * wins over the matching annotation of every Ingress of the class (src/docs/domain-rules.md §4). Public: {@code
 * importing.manifests} and {@code topology} use it.
 */
@Schema(name = "IngressClassParametersSpec")
public record IngressClassParametersSpec(
        @Schema(
                description =
                        "internet-facing or internal, over the scheme annotation; null = the annotation, else internal")
        @Pattern(regexp = "internet-facing|internal", message = "must be one of [internet-facing, internal]")
        String scheme,

        @Size(max = 253) @Schema(description = "IngressGroup name (IngressClassParams spec.group.name)")
        String group,

        @Schema(
                description =
                        "ipv4, dualstack or dualstack-without-public-ipv4, over the ip-address-type annotation; null = the annotation, else ipv4")
        @Pattern(
                regexp = "ipv4|dualstack|dualstack-without-public-ipv4",
                message = "must be one of [ipv4, dualstack, dualstack-without-public-ipv4]")
        String ipAddressType,

        @Pattern(regexp = "instance|ip", message = "must be one of [instance, ip]")
        @Schema(description = "target type of every target group, over the target-type annotations")
        String targetType,

        @Valid @Schema(description = "subnets by id, or by tags; wins over the subnets annotation")
        SubnetSelectorSpec subnets,

        @Size(max = 100) @Schema(description = "certificate ARNs, over the certificate-arn annotation")
        List<@NotBlank @Size(max = 2048) String> certificateArn,

        @Schema(
                description =
                        "the HTTPS listeners' SSL policy, over the ssl-policy annotation, at most 256 characters; null = ELBSecurityPolicy-2016-08")
        @Size(max = 256)
        String sslPolicy,

        @Size(max = 11)
        @Schema(description = "the HTTPS port HTTP listeners redirect to, a string as in the CRD", example = "443")
        String sslRedirectPort,

        @Size(max = 100) @Schema(description = "CIDRs allowed in, over the inbound-cidrs annotation")
        List<@NotBlank @Size(max = 64) String> inboundCIDRs,

        @Schema(
                description =
                        "the ALB's name, over the load-balancer-name annotation, at most 253 characters; null = the controller's generated k8s-… name")
        @Size(max = 253)
        String loadBalancerName,

        @Schema(description = "AWS tags of the ALB, merged over the tags annotation; at most 50") @Size(max = 50)
        Map<@NotBlank @Size(max = 128) String, @Size(max = 256) String> tags,

        @Schema(description = "ALB attributes (key = value), over the load-balancer-attributes annotation; at most 100")
        @Size(max = 100)
        Map<@NotBlank @Size(max = 256) String, @Size(max = 1024) String> loadBalancerAttributes,

        @Valid @Schema(description = "the namespaces whose Ingresses may use the class; all when absent")
        LabelSelectorSpec namespaceSelector) {

    /** The parameters that set only the scheme, the group and the IP address type. */
    public IngressClassParametersSpec(String scheme, String group, String ipAddressType) {
        this(scheme, group, ipAddressType, null, null, null, null, null, null, null, null, null, null);
    }

    ClusterTopology.IngressClassParameters toModel() {
        return new ClusterTopology.IngressClassParameters(
                scheme,
                group,
                ipAddressType,
                targetType,
                subnets == null ? null : new ClusterTopology.SubnetSelector(subnets.ids(), subnets.tags()),
                certificateArn,
                sslPolicy,
                sslRedirectPort,
                inboundCIDRs,
                loadBalancerName,
                tags,
                loadBalancerAttributes,
                namespaceSelector == null ? null : namespaceSelector.toModel());
    }

    /** IngressClassParams {@code subnets}: ids, or tags each with the values that match (any when empty). */
    @Schema(name = "SubnetSelectorSpec")
    public record SubnetSelectorSpec(
            @Schema(description = "subnet ids (subnet-…), at most 100; exclusive with tags") @Size(max = 100)
            List<@NotBlank @Size(max = 255) String> ids,

            @Schema(
                    description =
                            "tag key → values a subnet must carry (any value when empty), at most 50; exclusive with ids")
            @Size(max = 50)
            Map<@NotBlank @Size(max = 128) String, @Size(max = 50) List<@Size(max = 256) String>> tags) {}

    /** A Kubernetes label selector. */
    @Schema(name = "LabelSelectorSpec")
    public record LabelSelectorSpec(
            @Schema(description = "labels that must all be equal, at most 50; ANDed with matchExpressions")
            @Size(max = 50)
            Map<@NotBlank @Size(max = 316) String, @Size(max = 63) String> matchLabels,

            @Schema(description = "requirements that must all hold, at most 50; empty with no matchLabels = everything")
            @Size(max = 50)
            List<@Valid LabelRequirementSpec> matchExpressions) {

        LabelSelector toModel() {
            return new LabelSelector(
                    matchLabels,
                    matchExpressions == null
                            ? null
                            : matchExpressions.stream()
                                    .map(requirement -> new LabelRequirement(
                                            requirement.key(), requirement.operator(), requirement.values()))
                                    .toList());
        }
    }

    /** One expression of a label selector. */
    @Schema(name = "LabelRequirementSpec")
    public record LabelRequirementSpec(
            @Schema(description = "the label key, e.g. kubernetes.io/metadata.name; at most 316 characters")
            @NotBlank
            @Size(max = 316)
            String key,

            @Schema(description = "In, NotIn, Exists or DoesNotExist")
            @jakarta.validation.constraints.NotNull
            @Pattern(
                    regexp = "In|NotIn|Exists|DoesNotExist",
                    message = "must be one of [In, NotIn, Exists, DoesNotExist]")
            String operator,

            @Schema(description = "the values for In and NotIn, at most 50; empty for Exists and DoesNotExist")
            @Size(max = 50)
            List<@Size(max = 63) String> values) {}
}
