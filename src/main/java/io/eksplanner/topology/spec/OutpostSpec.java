package io.eksplanner.topology.spec;

import io.eksplanner.topology.model.ClusterTopology;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A control plane on AWS Outposts (an EKS local cluster), as eksctl's {@code outpost} block gives it
 * (pkg/apis/eksctl.io/v1alpha5/types.go {@code Outpost}, github.com/eksctl-io/eksctl commit 99984adb). Public: {@code
 * importing.eksctl} and {@code topology} use it.
 */
@Schema(
        name = "OutpostSpec",
        description = "The control plane on AWS Outposts (src/docs/domain-rules.md §1); null = in the AWS Region")
public record OutpostSpec(
        @NotNull
        @Pattern(
                regexp = OutpostSpec.ARN,
                message = "must be an Outpost ARN such as arn:aws:outposts:us-west-2:123456789012:outpost/op-0123")
        @Schema(
                description =
                        "the ARN of the Outpost the control plane runs on, arn:aws:outposts:<region>:<account>:outpost/op-…; required",
                example = "arn:aws:outposts:us-west-2:123456789012:outpost/op-0123456789abcdef0")
        String controlPlaneOutpostArn,

        @Pattern(regexp = "[a-z0-9-]+\\.[a-z0-9-]+", message = "must be an EC2 instance type such as m5d.large")
        @Schema(description = "null = the smallest type the Outpost offers, as eksctl picks it", example = "m5d.large")
        String controlPlaneInstanceType,

        @Schema(
                description =
                        "the placement group of the control-plane instances, 1–255 of letters, digits and ._+=:@/-; null = none")
        @Pattern(regexp = "[A-Za-z0-9._+=:@/-]{1,255}", message = "must be a placement group name")
        String controlPlanePlacementGroup) {
    /** An ARN of the outposts service, which is all eksctl checks ({@code validateOutpostARN}). */
    public static final String ARN = "arn:[A-Za-z0-9-]+:outposts:[a-z0-9-]*:[0-9]*:[A-Za-z0-9/_.-]{1,200}";

    ClusterTopology.Outpost toModel() {
        return new ClusterTopology.Outpost(
                controlPlaneOutpostArn, controlPlaneInstanceType, controlPlanePlacementGroup);
    }
}
