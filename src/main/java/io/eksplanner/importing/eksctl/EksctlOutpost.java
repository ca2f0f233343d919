package io.eksplanner.importing.eksctl;

import io.eksplanner.topology.spec.OutpostSpec;
import java.util.regex.Pattern;

/**
 * The ClusterConfig's {@code outpost} block: a control plane on AWS Outposts (eksctl pkg/apis/eksctl.io/v1alpha5/
 * types.go {@code Outpost}, github.com/eksctl-io/eksctl commit 99984adb). eksctl refuses the block without a
 * {@code controlPlaneOutpostARN} or with an ARN of another service ({@code validation.go} {@code ValidateClusterConfig},
 * {@code validateOutpostARN}); what it refuses of the rest of an Outposts cluster (managed node groups, public access,
 * IPv6, subnets off the Outpost) is imported as written and reported by validation (src/docs/domain-rules.md §2).
 */
final class EksctlOutpost {

    private static final Pattern ARN = Pattern.compile(OutpostSpec.ARN);

    private EksctlOutpost() {}

    /** The Outpost the control plane runs on, or null when the ClusterConfig has no {@code outpost} block. */
    static OutpostSpec read(EksctlFields root, EksctlLog log) {
        var outpost = root.object("outpost");
        if (outpost == null) {
            return null;
        }
        outpost.allowOnly(ClusterConfigSchema.OUTPOST);
        var arn = outpost.string("controlPlaneOutpostARN");
        if (arn == null || arn.isEmpty()) {
            log.problem("outpost.controlPlaneOutpostARN", "outpost.controlPlaneOutpostARN is required for Outposts");
            return null;
        }
        if (!ARN.matcher(arn).matches()) {
            log.problem("outpost.controlPlaneOutpostARN", "invalid Outpost ARN: \"" + arn + "\"");
            return null;
        }
        var instanceType = outpost.string("controlPlaneInstanceType");
        if (instanceType == null) {
            log.defaulted("outpost.controlPlaneInstanceType: not given, so eksctl picks the smallest instance type the"
                    + " Outpost offers; the topology leaves it unset");
        }
        var placement = outpost.object("controlPlanePlacement");
        String group = null;
        if (placement != null) {
            placement.allowOnly(ClusterConfigSchema.PLACEMENT);
            group = placement.string("groupName");
        }
        return new OutpostSpec(arn, instanceType, group);
    }
}
