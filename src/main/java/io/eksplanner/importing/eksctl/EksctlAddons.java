package io.eksplanner.importing.eksctl;

import io.eksplanner.importing.report.ImportRejected;
import io.eksplanner.importing.yaml.YamlDocuments;
import io.eksplanner.topology.spec.CniSpec;
import java.util.Map;

/**
 * The ClusterConfig's {@code addons}: the planner reads the {@code vpc-cni} addon's {@code configurationValues},
 * whose {@code env} holds the Amazon VPC CNI's settings (prefix delegation, warm targets, custom networking, pod ENIs).
 */
final class EksctlAddons {

    static final String VPC_CNI = "vpc-cni";

    /** The most a {@code configurationValues} string may hold, in code points. */
    private static final int CONFIGURATION_VALUES_LIMIT = 64 * 1024;

    private EksctlAddons() {}

    /** The CNI settings of the last {@code vpc-cni} addon that has an {@code env}; null when none has. */
    static CniSpec cni(EksctlFields root, EksctlLog log) {
        CniSpec result = null;
        for (var addon : root.list("addons")) {
            addon.allowOnly(ClusterConfigSchema.ADDON);
            if (!VPC_CNI.equals(addon.string("name"))) {
                continue;
            }
            var values = configurationValues(addon, log);
            var env = values == null ? null : values.object("env");
            if (env != null) {
                result = new CniEnv(env).read();
            }
        }
        return result;
    }

    /** The addon's {@code configurationValues}, a JSON or YAML string, as the mapping it holds; null otherwise. */
    private static EksctlFields configurationValues(EksctlFields addon, EksctlLog log) {
        var raw = addon.raw("configurationValues");
        if (raw == null) {
            return null;
        }
        var field = addon.path("configurationValues");
        if (!(raw instanceof String text)) {
            log.problem(field, "must be a JSON or YAML string, was " + EksctlFields.describe(raw));
            return null;
        }
        Object values;
        try {
            var documents = new YamlDocuments(CONFIGURATION_VALUES_LIMIT, 1).parse(text);
            values = documents.isEmpty() ? null : documents.get(0);
        } catch (ImportRejected e) {
            log.problem(field, "is not valid JSON or YAML: " + e.getMessage());
            return null;
        }
        if (values == null) {
            return null;
        }
        if (!(values instanceof Map<?, ?> map)) {
            log.problem(field, "must hold a mapping, was " + EksctlFields.describe(values));
            return null;
        }
        return new EksctlFields(map, field, log::problem);
    }

    /** The vpc-cni addon's {@code env} settings, written as strings (as Kubernetes wants) or plain values. */
    private record CniEnv(EksctlFields env) {

        CniSpec read() {
            return new CniSpec(
                    flag("ENABLE_PREFIX_DELEGATION"),
                    number("WARM_ENI_TARGET"),
                    number("WARM_IP_TARGET"),
                    number("MINIMUM_IP_TARGET"),
                    number("WARM_PREFIX_TARGET"),
                    flag("AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG"),
                    flag("ENABLE_POD_ENI"),
                    flag("ENABLE_SUBNET_DISCOVERY"));
        }

        private Boolean flag(String key) {
            var value = env.raw(key);
            if (value == null || value instanceof Boolean) {
                return (Boolean) value;
            }
            if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            env.problem(key, "must be \"true\" or \"false\", was " + EksctlFields.describe(value));
            return null;
        }

        private Integer number(String key) {
            var value = env.raw(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Integer number && number >= 0) {
                return number;
            }
            if (value instanceof String text && text.matches("\\d{1,9}")) {
                return Integer.valueOf(text);
            }
            env.problem(key, "must be a whole number of at least 0, was " + EksctlFields.describe(value));
            return null;
        }
    }
}
