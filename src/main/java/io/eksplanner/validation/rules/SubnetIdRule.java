package io.eksplanner.validation.rules;

import static io.eksplanner.validation.FindingCode.SUBNET_ID_MALFORMED;

import io.eksplanner.validation.Findings;
import io.eksplanner.validation.JsonPath;
import io.eksplanner.validation.ValidationContext;
import io.eksplanner.validation.ValidationRule;
import java.util.regex.Pattern;

/** Warns about subnet ids AWS would refuse, such as the placeholders of eksctl's examples. */
final class SubnetIdRule implements ValidationRule {

    // eksctl (pkg/apis/eksctl.io/v1alpha5/validation.go at commit 99984adb) reads vpc.subnets[].id as a string and
    // never checks its syntax, so files such as examples/36-outposts-vpc.yaml (subnet-1234) are real input; AWS ids are
    // subnet- and 8 or 17 hex digits.

    private static final Pattern AWS_SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8}([0-9a-f]{9})?");

    @Override
    public void check(ValidationContext context, Findings findings) {
        var subnets = context.topology().subnets();
        for (int i = 0; i < subnets.size(); i++) {
            var subnet = subnets.get(i);
            if (subnet.id() == null || AWS_SUBNET_ID.matcher(subnet.id()).matches()) {
                continue;
            }
            findings.add(
                    SUBNET_ID_MALFORMED,
                    JsonPath.of("subnets", i, "id"),
                    "subnet " + subnet.name() + " has the id " + subnet.id() + ", which is not an AWS subnet id"
                            + " (subnet- and 8 or 17 hex digits): eksctl passes it on and AWS will refuse it",
                    "replace it with the id of the real subnet, e.g. subnet-0123456789abcdef0");
        }
    }
}
